// What must be on disk for every language of LOCALES: its folder under lib/i18n/messages/ with the
// same files as English's. Checked when Next.js loads its configuration (build, dev, start), so a
// language registered without its messages stops the build with this list, never falls back to English.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export const MESSAGES_DIR = path.join("lib", "i18n", "messages");

/** Each problem in words ("lib/i18n/messages/de/mail.json is missing"), none when every locale is complete. */
export function missingMessageFiles(locales: readonly string[], root = process.cwd(), reference = "en"): string[] {
  const dir = path.join(root, MESSAGES_DIR);
  const files = readdirSync(path.join(dir, reference)).filter((file) => file.endsWith(".json"));
  const problems: string[] = [];
  for (const locale of locales) {
    const folder = path.join(dir, locale);
    if (!existsSync(folder)) {
      problems.push(`${path.join(MESSAGES_DIR, locale)}/ is missing`);
      continue;
    }
    const present = new Set(readdirSync(folder));
    for (const file of files) if (!present.has(file)) problems.push(`${path.join(MESSAGES_DIR, locale, file)} is missing`);
  }
  const unregistered = readdirSync(dir).filter((name) => !locales.includes(name));
  for (const name of unregistered) problems.push(`${path.join(MESSAGES_DIR, name)}/ is not a language of LOCALES (lib/i18n/routing.ts)`);
  return problems;
}

/** Throws, naming every missing file, when a language of LOCALES lacks its messages. */
export function assertMessageFiles(locales: readonly string[], root = process.cwd()): void {
  const problems = missingMessageFiles(locales, root);
  if (problems.length) {
    throw new Error(`The message catalogue is incomplete (every language of LOCALES needs every file English has):\n  ${problems.join("\n  ")}`);
  }
}
