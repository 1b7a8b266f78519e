// The default social card in public/ (drawn by scripts/static-images.tsx): where each language's
// file is, and its size. Pages with a card of their own (a model, an organisation) use theirs.
import { OG_SIZE } from "./share-card";

export const SOCIAL_CARD = {
  ...OG_SIZE,
  /** the file's path from the repository's root; its URL is the part after "public" */
  path: (locale: string) => `public/social/${locale}.png`,
  url: (locale: string) => `/social/${locale}.png`,
};
