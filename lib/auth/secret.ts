// The sign-in secret (hashes e-mail tokens, signs CSRF cookies). Given by AUTH_SECRET or
// NEXTAUTH_SECRET; otherwise generated once and kept under the data directory (mode 0600, out of
// git), so a newcomer's `npm start` works and links survive a restart. Several instances behind
// one site must share a secret: set AUTH_SECRET there.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type AuthSecret = { value: string; source: "environment" | "generated" | "file"; file?: string };

export function resolveAuthSecret(env: { AUTH_SECRET?: string; NEXTAUTH_SECRET?: string }, dataDir: string): AuthSecret {
  const given = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (given) return { value: given, source: "environment" };
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) {
    const value = readFileSync(file, "utf8").trim();
    if (value.length >= 32) return { value, source: "file", file };
  }
  mkdirSync(dataDir, { recursive: true });
  const value = randomBytes(32).toString("base64url");
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, source: "generated", file };
}
