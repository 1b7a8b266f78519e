// What a web server process shares with the other workers of its site (WEB_CONCURRENCY,
// lib/server/workers.ts): that the catalogue changed, so that every worker drops the badges and
// pages it keeps in memory at once, and the API's per-address counts, kept by the primary process
// so that the workers count together. With one process (the default, `next dev`, the tests) there
// are no peers: the changes and counts stay in this process, as before.
//
// Kept on globalThis: Next.js loads the app's modules (the submissions service, the API routes) as
// separate instances from the web server's, in the same process.
import { invalidateBadges, type BadgeTargets } from "../badges/cache";
import { invalidatePages } from "./page-cache";
import { takeRateLimit, type RateLimitDecision, type RateLimitPolicy } from "../api/rate-limit";

export type Peers = {
  /** tells the other workers that the published catalogue changed */
  catalogueChanged: (targets: BadgeTargets) => void;
  /** counts one request under `policy` for `address`, across every worker */
  countRequest: (policy: RateLimitPolicy, address: string) => Promise<RateLimitDecision>;
};

const PEERS_KEY = Symbol.for("libre-atlas.peers");

export function setPeers(peers: Peers | undefined): void {
  (globalThis as { [PEERS_KEY]?: Peers })[PEERS_KEY] = peers;
}

function peers(): Peers | undefined {
  return (globalThis as { [PEERS_KEY]?: Peers })[PEERS_KEY];
}

/**
 * Drops what this process keeps in memory of the entries `targets` names (badges), or of every
 * entry without targets, and every page.
 */
export function dropCachedCatalogue(targets?: BadgeTargets): void {
  invalidateBadges(targets);
  invalidatePages();
}

/**
 * Call after a transaction that publishes, edits or archives an entry commits: this process drops
 * its cached badges and pages at once, and so does every other worker of the site.
 */
export function catalogueChanged(targets: BadgeTargets): void {
  dropCachedCatalogue(targets);
  peers()?.catalogueChanged(targets);
}

/** One request counted against the per-address `policy`: in this process, or across the workers. */
export function countRequest(policy: RateLimitPolicy, address: string): RateLimitDecision | Promise<RateLimitDecision> {
  const shared = peers();
  return shared ? shared.countRequest(policy, address) : takeRateLimit(policy, address);
}
