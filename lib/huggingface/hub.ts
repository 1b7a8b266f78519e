// Asking the Hugging Face Hub's public model API (HF_ENDPOINT), for the submission form's pre-fill
// and `npm run import:hf`. What comes back ends up in submissions, so the client is narrow: only the
// configured host (redirects followed within it, a few at most), 5 s for the whole answer, 1 MB at
// most, a model's info read into the few fields we map, and kept an hour per process. The Hub's
// refusals and failures become the one error type (AppError), with codes the API and form word.
import { z } from "zod";
import { AppError, isAppError } from "../errors";
import { parseEnv } from "../env";
import { readStreamWithLimit } from "../security/body";

export const HUB_LIMITS = {
  timeoutMs: 5_000,
  maxBytes: 1_000_000,
  maxRedirects: 3,
  /** how long a model's info is kept */
  cacheSeconds: 3_600,
  cacheEntries: 500,
  /** pages of an owner's model list (`import:hf -- <owner>`) */
  listPages: 10,
} as const;

/** The fields of `/api/models/<id>` the pre-fill reads; everything else the Hub sends is dropped. */
export const hubModelSchema = z.object({
  id: z.string().min(3).max(200),
  author: z.string().max(200).nullish(),
  private: z.boolean().nullish(),
  disabled: z.boolean().nullish(),
  /** false, or how access is granted: "auto" (a click-through) or "manual" (the owner approves) */
  gated: z.union([z.literal(false), z.string().max(20)]).nullish(),
  pipeline_tag: z.string().max(100).nullish(),
  library_name: z.string().max(100).nullish(),
  tags: z.array(z.string().max(300)).max(2000).default([]),
  /** the model card's YAML header, as the Hub parsed it */
  cardData: z.record(z.string(), z.unknown()).nullish(),
  safetensors: z.object({ total: z.number().nonnegative().nullish() }).nullish(),
  createdAt: z.string().max(40).nullish(),
});
export type HubModel = z.output<typeof hubModelSchema>;

const hubListSchema = z.array(z.object({ id: z.string().max(200) }));

export type HubOptions = {
  /** HF_ENDPOINT, an origin */
  endpoint?: string;
  timeoutMs?: number;
  maxBytes?: number;
};

/** The configured Hub (HF_ENDPOINT, validated with the rest of the environment). */
export function hubEndpoint(): string {
  return parseEnv().HF_ENDPOINT;
}

const refused = (id: string) => new AppError("HUB_REFUSED", `Hugging Face refuses to show ${id}: the model is private or gated.`, { reason: "hubRefused" });
const notFoundOnHub = (id: string) => new AppError("NOT_FOUND", `Hugging Face has no public model ${id}: it does not exist, or it is private.`, { reason: "hubNotFound" });
const badResponse = (reason: string, message: string) => new AppError("HUB_BAD_RESPONSE", `Hugging Face answered something we cannot use: ${message}`, { reason });

function statusError(response: Response, what: string): AppError {
  const code = response.headers.get("x-error-code");
  if (response.status === 404 || (response.status === 401 && code === "RepoNotFound")) return notFoundOnHub(what);
  if (response.status === 401 || response.status === 403) return refused(what);
  if (response.status === 429 || response.status >= 500) {
    return new AppError("HUB_UNREACHABLE", `Hugging Face could not answer (status ${response.status}); try again later.`, { reason: "hubStatus", status: response.status });
  }
  return badResponse("status", `status ${response.status}.`);
}

/**
 * GET `path` on the Hub as JSON. Redirects are followed only within the configured origin; the
 * timeout covers the whole exchange, body included.
 */
export async function hubGet(path: string, what: string, options: HubOptions = {}): Promise<{ body: unknown; headers: Headers }> {
  const origin = new URL(options.endpoint ?? hubEndpoint()).origin;
  const timeoutMs = options.timeoutMs ?? HUB_LIMITS.timeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(path, origin);
  if (url.origin !== origin) throw badResponse("redirectElsewhere", `an address away from ${origin}.`);
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await fetch(url, { redirect: "manual", signal, cache: "no-store", headers: { accept: "application/json", "user-agent": "LibreAtlas (+https://github.com/libre-atlas)" } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        const next = location ? new URL(location, url) : null;
        if (!next || next.origin !== origin) throw badResponse("redirectElsewhere", `a redirect away from ${origin}.`);
        if (hop >= HUB_LIMITS.maxRedirects) throw badResponse("tooManyRedirects", "too many redirects.");
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw statusError(response, what);
      }
      const maxBytes = options.maxBytes ?? HUB_LIMITS.maxBytes;
      const tooLarge = () => badResponse("tooLarge", `an answer of more than ${maxBytes} bytes.`);
      // an answer announced too large is not downloaded at all
      if (Number(response.headers.get("content-length") ?? "0") > maxBytes) {
        await response.body?.cancel();
        throw tooLarge();
      }
      const text = await readStreamWithLimit(response.body, null, maxBytes, tooLarge);
      try {
        return { body: JSON.parse(text), headers: response.headers };
      } catch {
        throw badResponse("notJson", "not JSON.");
      }
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    if (signal.aborted) throw new AppError("HUB_TIMEOUT", `Hugging Face did not answer within ${timeoutMs / 1000} s; try again later.`, { reason: "hubTimeout" });
    throw new AppError("HUB_UNREACHABLE", "Hugging Face cannot be reached; try again later.", { reason: "hubUnreachable" });
  }
}

type Cached = { at: number; model: HubModel };
const CACHE_KEY = Symbol.for("libre-atlas.hub-models");
const INFLIGHT_KEY = Symbol.for("libre-atlas.hub-inflight");

function store<T>(key: symbol): Map<string, T> {
  const holder = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  return (holder[key] ??= new Map());
}

/** Forgets every model's info (tests; a Hub that changed its answers). */
export function clearHubCache() {
  store<Cached>(CACHE_KEY).clear();
}

async function fetchModel(id: string, options: HubOptions): Promise<HubModel> {
  const [owner, name] = id.split("/").map(encodeURIComponent);
  const { body } = await hubGet(`/api/models/${owner}/${name}`, id, options);
  const parsed = hubModelSchema.safeParse(body);
  if (!parsed.success) throw badResponse("unexpectedShape", "not a model's info.");
  return parsed.data;
}

/**
 * A model's info (`/api/models/<id>`), from memory when asked within the hour. The id must have
 * passed isHubModelId. Two requests for the same model at once share one call to the Hub.
 */
export async function hubModel(id: string, options: HubOptions = {}, now = Date.now()): Promise<{ model: HubModel; cached: boolean }> {
  const endpoint = options.endpoint ?? hubEndpoint();
  const key = `${endpoint}\n${id.toLowerCase()}`;
  const cache = store<Cached>(CACHE_KEY);
  const hit = cache.get(key);
  if (hit && now - hit.at < HUB_LIMITS.cacheSeconds * 1000) return { model: hit.model, cached: true };
  const inflight = store<Promise<HubModel>>(INFLIGHT_KEY);
  let pending = inflight.get(key);
  if (!pending) {
    pending = fetchModel(id, { ...options, endpoint }).finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  const model = await pending;
  cache.delete(key);
  if (cache.size >= HUB_LIMITS.cacheEntries) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now, model });
  return { model, cached: false };
}

/** The ids of an owner's public models (`/api/models?author=`), following the Hub's pages within its host. */
export async function hubModelsOf(owner: string, options: HubOptions = {}): Promise<string[]> {
  const ids: string[] = [];
  let path: string | null = `/api/models?author=${encodeURIComponent(owner)}&limit=100`;
  for (let page = 0; path && page < HUB_LIMITS.listPages; page += 1) {
    const { body, headers } = await hubGet(path, owner, options);
    const parsed = hubListSchema.safeParse(body);
    if (!parsed.success) throw badResponse("unexpectedShape", "not a list of models.");
    ids.push(...parsed.data.map((m) => m.id));
    // the next page's address, asked of our Hub whatever host it names (as the Hub's own clients do behind a mirror)
    const next = /<([^>]+)>;\s*rel="next"/.exec(headers.get("link") ?? "")?.[1];
    path = next ? (() => { const u = new URL(next, "https://huggingface.co"); return `${u.pathname}${u.search}`; })() : null;
  }
  return ids;
}
