// A licence is identified by what it is, not by what it is called (METHODOLOGY.md, version 2, rule
// 4): a licence proposed as new whose SPDX id, web address or name matches a known one IS the known
// one, with its reviewed flags. Pure: the form (in the browser), the server, the API and moderation
// all ask this one function.

import type { Licence } from "./types";

/** Deprecated SPDX ids (as still found on model cards) and the current id they stand for. */
export const DEPRECATED_SPDX_IDS: ReadonlyMap<string, string> = new Map([
  ["gpl-2.0", "GPL-2.0-only"],
  ["gpl-2.0+", "GPL-2.0-or-later"],
  ["gpl-3.0", "GPL-3.0-only"],
  ["gpl-3.0+", "GPL-3.0-or-later"],
  ["lgpl-2.1", "LGPL-2.1-only"],
  ["lgpl-3.0", "LGPL-3.0-only"],
  ["agpl-3.0", "AGPL-3.0-only"],
]);

/** A licence's id compared case-insensitively, deprecated SPDX ids read as their current ones. */
export function normaliseLicenceId(id: string): string {
  const lower = id.trim().toLowerCase();
  return (DEPRECATED_SPDX_IDS.get(lower) ?? lower).toLowerCase();
}

// Hugging Face and GitHub serve one file under several addresses: /blob/<rev>/, /resolve/<rev>/
// and /raw/<rev>/ (Hub), /blob/<rev>/ and raw.githubusercontent.com/<rev>/ (GitHub). The revision
// (a branch or a commit) does not change which licence the file is.
const HUB_FILE = /^\/((?:datasets\/|spaces\/)?[^/]+\/[^/]+)\/(?:blob|resolve|raw)\/[^/]+\/(.+)$/;
const GITHUB_FILE = /^\/([^/]+\/[^/]+)\/(?:blob|raw)\/[^/]+\/(.+)$/;

/**
 * One spelling per web address of a licence text: no scheme, no `www.`, lower case, no query,
 * fragment, trailing slash or file extension (.md, .txt, .html), and the Hub's and GitHub's file
 * addresses without their revision. Null for something that is not a web address.
 */
export function normaliseLicenceUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  let host = url.hostname.toLowerCase().replace(/^www\./, "");
  let path = decodeURIComponent(url.pathname).replace(/\/+$/, "");
  if (host === "huggingface.co" || host === "hf.co") {
    host = "huggingface.co";
    const file = HUB_FILE.exec(path);
    if (file) path = `/${file[1]}/${file[2]}`;
  } else if (host === "github.com") {
    const file = GITHUB_FILE.exec(path);
    if (file) path = `/${file[1]}/${file[2]}`;
  } else if (host === "raw.githubusercontent.com") {
    const [, owner, repo, , ...rest] = path.split("/");
    if (owner && repo && rest.length) {
      host = "github.com";
      path = `/${owner}/${repo}/${rest.join("/")}`;
    }
  }
  path = path.replace(/\.(md|txt|html?)$/i, "");
  return `${host}${path}`.toLowerCase();
}

/**
 * One spelling per licence name: letters and digits only, accents dropped, "licence" read as
 * "license", and "version" / "v" before a number left out ("Apache License, Version 2.0" and
 * "apache license v2.0" are the same name).
 */
export function normaliseLicenceName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/licence/g, "license")
    .replace(/&/g, " and ")
    .replace(/\bthe\b/g, " ")
    .replace(/\bversion\s*(?=\d)/g, "")
    .replace(/\bv\.?\s*(?=\d)/g, "")
    .replace(/[^a-z0-9]+/g, "");
}

export type LicenceMatchKind = "id" | "url" | "name";

export type LicenceMatch = { licence: Licence; by: LicenceMatchKind };

/** What a contributor proposed as a new licence: whichever of its id, address and name it gave. */
export type ProposedLicence = { id?: string | null; url?: string | null; name?: string | null };

/**
 * The known licence a proposed one is, or null: by SPDX id first, then by the address of its text
 * (or of the page where its flags were checked), then by name. Ties go to the first licence in
 * `known`'s order, so give the reviewed table first.
 */
export function identifyLicence(proposed: ProposedLicence, known: readonly Licence[]): LicenceMatch | null {
  const id = proposed.id?.trim() ? normaliseLicenceId(proposed.id) : null;
  if (id) {
    const byId = known.find((licence) => normaliseLicenceId(licence.id) === id);
    if (byId) return { licence: byId, by: "id" };
  }
  const url = proposed.url ? normaliseLicenceUrl(proposed.url) : null;
  if (url) {
    const byUrl = known.find((licence) => [licence.url, licence.sourceUrl].some((address) => address && normaliseLicenceUrl(address) === url));
    if (byUrl) return { licence: byUrl, by: "url" };
  }
  const name = proposed.name ? normaliseLicenceName(proposed.name) : "";
  if (name.length >= 3) {
    const byName = known.find((licence) => normaliseLicenceName(licence.name) === name);
    if (byName) return { licence: byName, by: "name" };
  }
  return null;
}
