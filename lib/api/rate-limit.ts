// Per-address rate limits: a fixed window per address and policy, in memory. The API's routes count
// through countRequest() (lib/server/peers.ts): in this process, or, with several web server
// workers, in the primary process, which runs this same function for all of them. With several app
// instances, each counts on its own: the limit is per instance. Headers follow the
// IETF draft (draft-ietf-httpapi-ratelimit-headers-07): RateLimit and RateLimit-Policy on every
// answer, Retry-After on a 429.

export type RateLimitPolicy = { name: string; limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  api: { name: "api", limit: 300, windowSeconds: 60 },
  /** a whole-catalogue export is heavier than a page of results */
  export: { name: "export", limit: 20, windowSeconds: 60 },
  /** writes, before the token is even looked up; submissions also count against the forms' hourly limits */
  write: { name: "write", limit: 30, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number; policy: RateLimitPolicy };

type Window = { start: number; count: number };
const MAX_TRACKED = 50_000;
const STORE_KEY = Symbol.for("libre-atlas.rate-limit");

function windows(): Map<string, Window> {
  const holder = globalThis as { [STORE_KEY]?: Map<string, Window> };
  return (holder[STORE_KEY] ??= new Map());
}

/** Counts one request from `address` under `policy`. */
export function takeRateLimit(policy: RateLimitPolicy, address: string, now = Date.now()): RateLimitDecision {
  const store = windows();
  const key = `${policy.name}\n${address}`;
  const windowMs = policy.windowSeconds * 1000;
  let window = store.get(key);
  if (!window || now - window.start >= windowMs) {
    if (!window && store.size >= MAX_TRACKED) sweep(store, now);
    window = { start: now, count: 0 };
    store.set(key, window);
  }
  window.count += 1;
  const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  return {
    allowed: window.count <= policy.limit,
    limit: policy.limit,
    remaining: Math.max(0, policy.limit - window.count),
    resetSeconds,
    policy,
  };
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "ratelimit-policy": `${decision.limit};w=${decision.policy.windowSeconds}`,
    ratelimit: `limit=${decision.limit}, remaining=${decision.remaining}, reset=${decision.resetSeconds}`,
  };
  if (!decision.allowed) headers["retry-after"] = String(decision.resetSeconds);
  return headers;
}

/** Drops expired windows; if every window is current, the oldest half (memory stays bounded). */
function sweep(store: Map<string, Window>, now: number) {
  for (const [key, window] of store) {
    const policy = Object.values(RATE_LIMITS).find((p) => key.startsWith(`${p.name}\n`));
    if (!policy || now - window.start >= policy.windowSeconds * 1000) store.delete(key);
  }
  if (store.size >= MAX_TRACKED) {
    let excess = store.size - MAX_TRACKED / 2;
    for (const key of store.keys()) {
      if (excess-- <= 0) break;
      store.delete(key);
    }
  }
}

export function resetRateLimits() {
  windows().clear();
}
