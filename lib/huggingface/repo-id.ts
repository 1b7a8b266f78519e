// A Hugging Face model's repository id ("owner/name"), as a person pastes it: the id itself or the
// address of its page. Pure: the form checks what was pasted before asking, the server before it
// calls the Hub, with the same rules.

/** The public site the Hub's pages live on, whatever HF_ENDPOINT the server asks (a mirror, a test Hub). */
export const HUB_SITE = "https://huggingface.co";

// The Hub's own rule (huggingface_hub's validate_repo_id): a namespace and a name of letters,
// digits, "-", "_" and ".", each starting and ending with a letter, digit or "_", the name at most
// 96 characters, no "--" or "..", not ending in ".git". We ask for the namespace: every model has one.
const PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$/;

const HUB_HOSTS = new Set(["huggingface.co", "www.huggingface.co", "hf.co"]);
// first path segments of the Hub's pages that are not a model's namespace
const NOT_A_NAMESPACE = new Set(["datasets", "spaces", "docs", "models", "collections", "papers", "organizations", "settings", "api", "blog", "login", "join"]);

export const HUB_ID_MAX_LENGTH = 200;

/** True for a well-formed "owner/name". */
export function isHubModelId(id: string): boolean {
  const parts = id.split("/");
  if (parts.length !== 2) return false;
  const [owner, name] = parts as [string, string];
  if (!PART.test(owner) || !PART.test(name)) return false;
  if (id.includes("--") || id.includes("..") || id.toLowerCase().endsWith(".git")) return false;
  return !NOT_A_NAMESPACE.has(owner.toLowerCase()) && !HUB_HOSTS.has(owner.toLowerCase());
}

/**
 * "owner/name" from what a person pasted: the id, or a model page's address on huggingface.co or
 * hf.co (with or without its scheme, /tree/main and the like after it). Null for anything else.
 */
export function parseHubModelId(input: string): string | null {
  const text = input.trim();
  if (!text || text.length > HUB_ID_MAX_LENGTH) return null;
  if (isHubModelId(text)) return text;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !HUB_HOSTS.has(url.hostname.toLowerCase()) || url.username || url.password || url.port) return null;
  const [owner, name] = url.pathname.split("/").filter(Boolean);
  const id = owner && name ? `${owner}/${name}` : "";
  return isHubModelId(id) ? id : null;
}

/** A model's page on the Hub. */
export function hubModelUrl(id: string): string {
  return `${HUB_SITE}/${id}`;
}

/** A dataset's page on the Hub. */
export function hubDatasetUrl(id: string): string {
  return `${HUB_SITE}/datasets/${id}`;
}

/** "owner/name" of a model page's address on the Hub, or null (to find catalogue entries by their model card). */
export function hubIdOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return parseHubModelId(url);
}
