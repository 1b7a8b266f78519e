import createNextIntlPlugin from "next-intl/plugin";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";
import { assertMessageFiles } from "./lib/i18n/catalogue-files";
import { LOCALES } from "./lib/i18n/routing";

// a language registered without its messages stops next build and next dev here, listing what is missing
assertMessageFiles(LOCALES);

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // the production web server compresses (lib/server/web-server.ts), after the page cache
  compress: false,
  reactStrictMode: true,
  // Generated Prisma client and the embedded database stay out of the bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "nodemailer"],
  experimental: {
    // forbidden() and unauthorized(): protected pages answer 403 and 401, not 200 with a message
    authInterrupts: true,
    // every form's fields have their own limits (lib/validation); this caps the whole request
    serverActions: { bodySizeLimit: "256kb" },
  },
  async headers() {
    // (the CSP needs a fresh nonce per request: proxy.ts sets it)
    return [{ source: "/:path*", headers: Object.entries(securityHeaders()).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
