import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNT_CLIENT_MESSAGES, PUBLIC_CLIENT_MESSAGES } from "./client-namespaces";
import { messagesFor } from "./messages";

// Client components get only the messages named in client-namespaces.ts: a component that reads
// another namespace would show raw keys (or fail) in the browser. This reads every client module
// and checks what it asks for is sent.
const root = path.resolve(import.meta.dirname, "../..");
const PUBLIC_DIRS = ["components/layout", "components/embed", "app/[locale]/error.tsx"];

function files(dir: string): string[] {
  const full = path.join(root, dir);
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full).flatMap((name) => files(path.join(dir, name)));
}

const TOP_LEVEL = new Set(Object.keys(messagesFor("en")));

/** The message paths a module reads: useTranslations("ns") namespaces, and the namespaces of keys read through useTranslations(). */
function readPaths(source: string): string[] {
  const namespaces = [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => m[1]!);
  if (/useTranslations\(\)/.test(source)) {
    for (const m of source.matchAll(/\bt\(\s*[`"]([A-Za-z]+)\./g)) if (TOP_LEVEL.has(m[1]!)) namespaces.push(m[1]!);
  }
  return namespaces;
}

const covered = (paths: readonly string[], wanted: string) => paths.some((p) => wanted === p || wanted.startsWith(`${p}.`));

const clientModules = ["components", "app", "lib"]
  .flatMap(files)
  .filter((file) => /\.tsx?$/.test(file) && !file.includes(".test."))
  .map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }))
  .filter(({ source }) => /^["']use client["']/m.test(source));

describe("the messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientModules.length).toBeGreaterThan(10);
  });

  it.each(clientModules.map(({ file, source }) => [file, readPaths(source)] as const))("cover what %s reads", (file, paths) => {
    const allowed = PUBLIC_DIRS.some((dir) => file.startsWith(dir)) ? PUBLIC_CLIENT_MESSAGES : ACCOUNT_CLIENT_MESSAGES;
    for (const wanted of paths) expect(covered(allowed, wanted), `${file} reads ${wanted}`).toBe(true);
  });
});
