import type { ReactNode } from "react";
import { ACCOUNT_CLIENT_MESSAGES, ClientMessages } from "@/lib/i18n/client-messages";

// The forms here are client components: they get their words (public pages do without them).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages paths={ACCOUNT_CLIENT_MESSAGES}>{children}</ClientMessages>;
}
