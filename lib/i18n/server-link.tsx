import "server-only";
// The site's links in server components: plain <a> elements with the path localised here. They
// were Next.js's Link (and before that next-intl's, issue 22): each one a client component that
// React hydrates with its hooks, 57 of them on /models, for navigation that HTML does by itself.
// A click now loads the page as a document, which the production server answers from its page
// cache (lib/server/cached-pages.ts); the client router still serves the filters' updates. Issue 17,
// point 9: "no JavaScript needed for what HTML does". A link to another language is a plain link
// to the prefixed path too (components/layout/locale-switcher.tsx): the proxy records the choice.
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { getPathname } from "./paths";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

export async function Link({ href, ...rest }: Props) {
  const locale = await getLocale();
  return <a href={getPathname({ href, locale })} {...rest} />;
}
