// The site's static images in public/ that are drawn rather than written by hand:
//   node --import tsx scripts/static-images.tsx
// public/apple-touch-icon.png: the icon (public/icon.svg) as the 180 px PNG that iOS asks for.
// Written once and committed: nothing is drawn at run time. (Social cards are drawn per page and
// language with the catalogue's figures: app/card/.)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";

const publicDir = path.resolve(import.meta.dirname, "..", "public");

// the icon's own drawing, as an image satori can place
const icon = `data:image/svg+xml;base64,${readFileSync(path.join(publicDir, "icon.svg")).toString("base64")}`;
const touch = (
  <div style={{ display: "flex", width: "100%", height: "100%" }}>
    {/* eslint-disable-next-line @next/next/no-img-element -- satori draws an <img>, not Next's component */}
    <img src={icon} width={180} height={180} alt="" />
  </div>
);
const response = new ImageResponse(touch, { width: 180, height: 180 });
writeFileSync(path.join(publicDir, "apple-touch-icon.png"), Buffer.from(await response.arrayBuffer()));
console.log("wrote public/apple-touch-icon.png");
