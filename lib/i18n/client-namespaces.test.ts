import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNT_CLIENT_MESSAGES, PUBLIC_CLIENT_MESSAGES } from "./client-namespaces";
import { messagesFor } from "./messages";

// Client components get only the messages named in client-namespaces.ts: a component that reads
// another namespace would show raw keys (or fail) in the browser. This reads every client module
// and checks what it asks for is sent.
const root = path.resolve(import.meta.dirname, "../..");
// the client components of public pages (the header's are on every page, and so is the 401 page's sign-in form:
// Next.js puts that page into every page's flight data)
const PUBLIC_DIRS = ["components/layout", "components/embed", "components/auth/sign-out-button.tsx", "components/auth/sign-in-here.tsx", "components/auth/sign-in-form.tsx", "app/[locale]/error.tsx"];

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

const modules = ["components", "app", "lib"]
  .flatMap(files)
  .filter((file) => /\.tsx?$/.test(file) && !file.includes(".test."))
  .map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }));
const clientModules = modules.filter(({ source }) => /^["']use client["']/m.test(source));
const serverModules = modules.filter(({ source }) => !/^["']use client["']/m.test(source));

describe("the messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientModules.length).toBeGreaterThan(10);
  });

  it.each(clientModules.map(({ file, source }) => [file, readPaths(source)] as const))("cover what %s reads", (file, paths) => {
    const allowed = PUBLIC_DIRS.some((dir) => file.startsWith(dir)) ? PUBLIC_CLIENT_MESSAGES : ACCOUNT_CLIENT_MESSAGES;
    for (const wanted of paths) expect(covered(allowed, wanted), `${file} reads ${wanted}`).toBe(true);
  });

  // A public page's client components take their words from the server: importing next-intl (or
  // its navigation) would put its message formatter back into every public page's script.
  it.each(clientModules.filter(({ file }) => PUBLIC_DIRS.some((dir) => file.startsWith(dir))).map(({ file, source }) => [file, source] as const))(
    "%s, on public pages, loads no message formatter",
    (_file, source) => {
      expect(source).not.toMatch(/from\s+["'](next-intl|use-intl)[/"']|@\/lib\/i18n\/navigation/);
    },
  );

  // On the server, next-intl's main entry and its createNavigation carry its client provider and
  // link: a server module importing them (even for hasLocale or getPathname) puts them, and the
  // formatter, into the script of every page it renders. Types are fine; lib/i18n/paths.ts and
  // isLocale (routing.ts) do the rest.
  it.each(serverModules.map(({ file, source }) => [file, source] as const))("%s, on the server, imports no next-intl client code", (file, source) => {
    if (file === "lib/i18n/client-messages.tsx" || file === "lib/i18n/navigation.tsx") return; // the account areas' provider and client navigation
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+["']next-intl["']/m);
    expect(source).not.toMatch(/from\s+["'](@\/lib\/i18n\/navigation|\.\/navigation|next-intl\/navigation)["']/);
  });
});
