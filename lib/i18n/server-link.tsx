import "server-only";
// The site's links in server components: Next.js's Link with the path already localised here,
// without next-intl's client wrapper around it. Each wrapped link was a client component of its
// own in the page's RSC payload (its ref, locale and locale-cookie settings: ~100 bytes more per
// link) and ran next-intl's hooks while the HTML was rendered; a page has 40–80 links (issue 22).
// Navigation is the same: the client router follows the localised path, without prefetching
// (lib/i18n/navigation.tsx says why). A link to another language (the locale switcher, a client
// component) keeps next-intl's Link, which also records the choice in its cookie.
import type { ComponentProps } from "react";
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import { getPathname } from "./navigation";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string };

export async function Link({ href, prefetch = false, ...rest }: Props) {
  const locale = await getLocale();
  return <NextLink prefetch={prefetch} href={getPathname({ href, locale })} {...rest} />;
}
