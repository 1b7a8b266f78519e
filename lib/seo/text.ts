// Texts for search engines and link previews.

/**
 * A description shortened to `max` characters at a word boundary, with an ellipsis when cut: a
 * preview that ends mid-word ("It was built by LINAGORA") reads as broken.
 */
export function summary(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const characters = Array.from(clean); // code points: never half of a surrogate pair
  if (characters.length <= max) return clean;
  const cut = characters.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  const words = space > max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.\-–—(]+$/u, "")}…`;
}
