// The open data's licence and the credit it asks for: one text for the exports' headers and
// metadata, the API document and the Open data page.
export const DATA_LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export function attributionText(origin: string): string {
  return `Libre Atlas (${origin}/open-data), licensed under CC BY 4.0`;
}
