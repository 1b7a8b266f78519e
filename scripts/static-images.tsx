// The site's static images in public/, drawn from the same pieces as the pages' own cards:
//   node --import tsx scripts/static-images.ts
// public/social/<locale>.png: the default social card (Open Graph, 1200×630) of every page that has
// none of its own, one per language; public/apple-touch-icon.png: the icon (public/icon.svg) as the
// 180 px PNG that iOS asks for. Written once and committed: nothing is drawn at run time.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { createTranslator } from "next-intl";
import { messagesFor } from "../lib/i18n/messages";
import { LOCALES } from "../lib/i18n/routing";
import { ogFonts } from "../lib/og/fonts";
import { OG_SIZE, ShareCard } from "../lib/og/share-card";
import { SOCIAL_CARD } from "../lib/og/static-images";

const root = path.resolve(import.meta.dirname, "..");
const publicDir = path.join(root, "public");

async function png(element: React.ReactElement, size: { width: number; height: number }): Promise<Buffer> {
  const response = new ImageResponse(element, { ...size, fonts: await ogFonts() });
  return Buffer.from(await response.arrayBuffer());
}

mkdirSync(path.join(publicDir, "social"), { recursive: true });
for (const locale of LOCALES) {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const card = (
    <ShareCard site={t("site.name")} title={t("home.title")}>
      <div style={{ display: "flex", fontSize: 30, color: "#334155", lineHeight: 1.35 }}>{t("site.tagline")}</div>
    </ShareCard>
  );
  const file = path.join(root, SOCIAL_CARD.path(locale));
  writeFileSync(file, await png(card, OG_SIZE));
  console.log(`wrote ${path.relative(root, file)}`);
}

// the icon's own drawing, as an image satori can place
const icon = `data:image/svg+xml;base64,${readFileSync(path.join(publicDir, "icon.svg")).toString("base64")}`;
// eslint-disable-next-line @next/next/no-img-element -- satori draws an <img>, not Next's component
const touch = <div style={{ display: "flex", width: "100%", height: "100%" }}><img src={icon} width={180} height={180} alt="" /></div>;
writeFileSync(path.join(publicDir, "apple-touch-icon.png"), await png(touch, { width: 180, height: 180 }));
console.log("wrote public/apple-touch-icon.png");
