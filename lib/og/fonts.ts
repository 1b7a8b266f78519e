import { readFile } from "node:fs/promises";
import path from "node:path";

// DejaVu Sans, shipped by the `dejavu-fonts-ttf` npm package: ImageResponse (satori) needs a TTF,
// OTF or WOFF font, and nothing may be downloaded at build or run time. It covers every European
// alphabet (Latin, Greek, Cyrillic), so any organisation's or model's name renders.
const DIRECTORY = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let fonts: Promise<OgFont[]> | undefined;

async function load(file: string, weight: 400 | 700): Promise<OgFont> {
  const buffer = await readFile(path.join(DIRECTORY, file));
  return { name: "DejaVu Sans", data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight, style: "normal" };
}

export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all([load("DejaVuSans.ttf", 400), load("DejaVuSans-Bold.ttf", 700)]);
  return fonts;
}
