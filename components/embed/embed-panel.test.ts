// The embed panel's style picker (./embed-panel.tsx) names every badge style, in every locale.
import { expect, it } from "vitest";
import { BADGE_STYLES } from "@/lib/badges/kinds";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/routing";

it.each(LOCALES)("names every badge style in %s", (locale) => {
  for (const style of BADGE_STYLES) expect(messagesFor(locale).embed.styles, style).toHaveProperty([style]);
});
