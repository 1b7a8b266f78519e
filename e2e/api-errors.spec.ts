// Every /api answer is JSON in the one error format, with CORS: unknown paths, other methods,
// and badges answered from the web server's fast path carry the same security headers as the rest.
import { expect, test } from "@playwright/test";

const expectError = async (response: import("@playwright/test").APIResponse, status: number, code: string) => {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String), details: [] });
};

test("an unknown /api path is a JSON 404 NOT_FOUND, whatever the method", async ({ request }) => {
  await expectError(await request.get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
  await expectError(await request.get("/api/v1/models/lucie-7b/extra"), 404, "NOT_FOUND");
  await expectError(await request.post("/api/nothing", { data: {} }), 404, "NOT_FOUND");
});

test("a method an endpoint does not answer is a JSON 405 METHOD_NOT_ALLOWED with Allow", async ({ request }) => {
  const post = await request.post("/api/v1/models", { data: {} });
  await expectError(post, 405, "METHOD_NOT_ALLOWED");
  expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  const get = await request.get("/api/v1/submissions");
  await expectError(get, 405, "METHOD_NOT_ALLOWED");
  expect(get.headers()["allow"]).toBe("POST, OPTIONS");
  await expectError(await request.delete("/api/health"), 405, "METHOD_NOT_ALLOWED");
  await expectError(await request.put("/api/auth/session"), 405, "METHOD_NOT_ALLOWED");
});

test("a badge from memory carries the same security headers as the badge Next.js answers", async ({ request }) => {
  const path = `/badge/models/lucie-7b.svg?label=headers-${Date.now()}`;
  const headersOf = async () => {
    const headers = (await request.get(path)).headers();
    return ["x-frame-options", "strict-transport-security", "x-content-type-options", "permissions-policy", "referrer-policy"].map((name) => headers[name]);
  };
  const first = await headersOf();
  expect(first[0]).toBe("DENY");
  expect(first[1]).toMatch(/max-age=\d+/);
  // the next ones come from memory (the fast path), before Next.js
  for (let i = 0; i < 3; i++) expect(await headersOf()).toEqual(first);
});
