// A stand-in for the Hugging Face Hub's public model API, for the tests (unit, integration, e2e):
// an HTTP server on this machine answering `/api/models/<id>` with the fixture JSON under
// ./models (`<owner>--<name>.json`, the Hub's documented shape) and `/api/models?author=` with an
// owner's ids, in pages linked by the Link header as the Hub does; and the Hub's ways to fail.
import http from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const MODELS_DIR = path.join(import.meta.dirname, "models");

/** Ids that answer something other than a fixture, as the real Hub can. */
export const FAKE_HUB_CASES = {
  missing: "atlas-fixtures/missing",
  /** 401 with X-Error-Code RepoNotFound: the Hub's answer for a private (or missing) model to someone not signed in */
  privateUnauthenticated: "atlas-fixtures/private-model",
  /** 403: the Hub refuses (a gated or disabled repository) */
  refused: "atlas-fixtures/refused-model",
  slow: "atlas-fixtures/slow-model",
  oversized: "atlas-fixtures/huge-model",
  oversizedAnnounced: "atlas-fixtures/huge-announced",
  redirectAway: "atlas-fixtures/moved-away",
  redirectWithin: "atlas-fixtures/renamed-model",
  notJson: "atlas-fixtures/html-model",
  serverError: "atlas-fixtures/broken-model",
} as const;

/** How long the slow model keeps the client waiting: past the client's 5 s. */
export const SLOW_MODEL_DELAY_MS = 8_000;

export type FakeHub = { url: string; port: number; requests: string[]; stop: () => Promise<void> };

function fixtures(): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  for (const file of readdirSync(MODELS_DIR).filter((name) => name.endsWith(".json"))) {
    const model = JSON.parse(readFileSync(path.join(MODELS_DIR, file), "utf8")) as { id: string };
    byId.set(model.id.toLowerCase(), model);
  }
  return byId;
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Starts the fake Hub on `port` (0: any free port) on 127.0.0.1. */
export async function startFakeHub(port = 0): Promise<FakeHub> {
  const models = fixtures();
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-hub");
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname === "/api/models") {
      const author = (url.searchParams.get("author") ?? "").toLowerCase();
      const ids = [...models.values()].map((m) => (m as { id: string }).id).filter((id) => id.toLowerCase().startsWith(`${author}/`)).sort();
      // two per page, the next one linked as the Hub links it (an absolute address on its public host)
      const cursor = Number(url.searchParams.get("cursor") ?? 0);
      const page = ids.slice(cursor, cursor + 2);
      const next = cursor + 2 < ids.length ? { link: `<https://huggingface.co/api/models?author=${author}&cursor=${cursor + 2}>; rel="next"` } : undefined;
      return json(res, 200, page.map((id) => ({ _id: id, id, modelId: id, likes: 0, private: false, downloads: 0, tags: [] })), next);
    }
    const match = /^\/api\/models\/([^/]+\/[^/]+)$/.exec(url.pathname);
    const id = match ? decodeURIComponent(match[1]!).toLowerCase() : "";
    switch (id) {
      case FAKE_HUB_CASES.missing:
        return json(res, 404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
      case FAKE_HUB_CASES.privateUnauthenticated:
        return json(res, 401, { error: "Invalid username or password." }, { "x-error-code": "RepoNotFound" });
      case FAKE_HUB_CASES.refused:
        return json(res, 403, { error: "Access to this resource is disabled." }, { "x-error-message": "Access to this resource is disabled." });
      case FAKE_HUB_CASES.slow: {
        const timer = setTimeout(() => {
          timers.delete(timer);
          json(res, 200, models.get("openllm-france/lucie-test-1b"));
        }, SLOW_MODEL_DELAY_MS);
        timers.add(timer);
        res.on("close", () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case FAKE_HUB_CASES.oversized: {
        // 1.5 MB of valid JSON, streamed without a length
        res.writeHead(200, { "content-type": "application/json" });
        res.write(`{"id":"${FAKE_HUB_CASES.oversized}","tags":[`);
        for (let i = 0; i < 1_500; i += 1) res.write(`${i ? "," : ""}"${"x".repeat(1_000)}"`);
        res.end("]}");
        return;
      }
      case FAKE_HUB_CASES.oversizedAnnounced:
        res.writeHead(200, { "content-type": "application/json", "content-length": String(2_000_000) });
        res.end();
        return;
      case FAKE_HUB_CASES.redirectAway:
        res.writeHead(307, { location: "https://hub.example.net/api/models/OpenLLM-France/Lucie-Test-1B" });
        res.end();
        return;
      case FAKE_HUB_CASES.redirectWithin:
        res.writeHead(307, { location: "/api/models/OpenLLM-France/Lucie-Test-1B" });
        res.end();
        return;
      case FAKE_HUB_CASES.notJson:
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<!doctype html><title>Hugging Face</title>");
        return;
      case FAKE_HUB_CASES.serverError:
        return json(res, 500, { error: "Internal Error" });
    }
    const model = models.get(id);
    if (model) return json(res, 200, model);
    return json(res, 404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
