// Environment variables, validated once at start-up with a clear message for each bad one.
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "must be a postgres:// or postgresql:// connection URL");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL to use; when absent, `npm start` runs the embedded database under ATLAS_DATA_DIR */
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  /** where the embedded database keeps its files */
  ATLAS_DATA_DIR: z.string().min(1).default(".data"),
  /** public origin used in absolute links (sitemap, feeds, badges' snippets) */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** reverse proxies in front of the app, for per-address rate limits (lib/api/client-address.ts) */
  ATLAS_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the given environment; throws an EnvError listing every problem, one per line. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "not set" (a common shell mistake: `DATABASE_URL= npm start`).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
}
