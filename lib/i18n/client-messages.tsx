import "server-only";
// What the browser gets of the message catalogue: only the namespaces its client components read.
// Every page's flight data carries these messages (twice: as data and inside the HTML), and the whole
// catalogue was 60 KB of a 270 KB catalogue page. Public pages get none (client-namespaces.ts says
// why); the account and moderation areas wrap their pages in a provider with the forms' words.
import type { ReactNode } from "react";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";

export { ACCOUNT_CLIENT_MESSAGES } from "./client-namespaces";

/** The parts of `messages` named by `paths`, nested as in the catalogue. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let to = picked;
    keys.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) throw new Error(`no messages at ${path}`);
      if (index === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}

export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), paths)}>{children}</NextIntlClientProvider>;
}
