// The language switch's links (./locale-switcher.tsx): the same page and query, with the target
// language's prefix, English's included, so that the proxy records the choice without JavaScript.
import { expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/routing";
import { localeHref } from "./locale-switcher";

it.each([
  ["/", "", "fr", "/fr"],
  ["/fr", "", "en", "/en"],
  ["/models", "lang=fr&size=le10", "de", "/de/models?lang=fr&size=le10"],
  ["/de/models/smollm2-1.7b", "", "en", "/en/models/smollm2-1.7b"],
  ["/pt/organisations/mistral-ai", "", "pl", "/pl/organisations/mistral-ai"],
  // a first segment that only looks like a language is part of the path
  ["/frameworks", "", "nl", "/nl/frameworks"],
])("%s?%s in %s is %s", (pathname, search, locale, href) => {
  expect(localeHref(pathname, search, locale, LOCALES)).toBe(href);
});
