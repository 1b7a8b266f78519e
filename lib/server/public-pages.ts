/** The public pages that are not catalogue entries, as listed in the sitemap (both languages). */
export const PUBLIC_PAGES = ["/", "/models", "/organisations", "/methodology", "/map", "/languages", "/insights"] as const;
