// next-intl's navigation, for the client components of the account, submission and moderation
// areas (their links and router). Server code uses ./paths.ts and ./server-link.tsx: importing this
// module on the server puts next-intl's client link into every page's script (paths.ts says why).
import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);
export const { useRouter } = navigation;

/**
 * next-intl's locale-aware Link, without prefetching by default. Every catalogue page is dynamic,
 * so Next.js would prefetch only each link's route tree and metadata, not its content, and a click
 * would still ask the server for the page. Yet one view of /models made 20 such requests (two per
 * link in view, 8–14 ms of the server's time each, never from the page cache) against one for the
 * page itself. A click now makes the one request it needs. `prefetch` can still be set per link.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={false} {...props} />;
}
