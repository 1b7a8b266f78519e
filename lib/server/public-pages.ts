/** The public pages that are not catalogue entries, as listed in the sitemap (both languages). */
export const PUBLIC_PAGES = ["/", "/models", "/organisations", "/compare", "/methodology", "/map", "/languages", "/insights", "/open-data", "/api"] as const;
