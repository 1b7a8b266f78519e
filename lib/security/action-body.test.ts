import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, MAX_NESTING, nestingDepth, refuseMalformedAction } from "./action-body";

const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://atlas.test/submit/organisation", { method: "POST", headers: { "next-action": "40abc", "content-type": "text/plain;charset=UTF-8", ...headers }, body });

async function refusal(request: Request) {
  const response = await refuseMalformedAction(request);
  return response && { status: response.status, body: JSON.parse(await response.text()) };
}

describe("server action bodies", () => {
  it("measure nesting without parsing, brackets inside strings aside", () => {
    expect(nestingDepth('[{"a":[1,{"b":"[[[{{{"}]}]')).toBe(4);
    expect(nestingDepth('["\\"[["]')).toBe(1);
    expect(nestingDepth("[".repeat(100_000))).toBe(100_000);
  });

  it("let a well-formed body through, and anything that is not an action", async () => {
    expect(await refuseMalformedAction(action('[{"kind":"new_organisation","payload":{"name":"Lab"}}]'))).toBeNull();
    expect(await refuseMalformedAction(new Request("http://atlas.test/models", { method: "POST", body: "not json" }))).toBeNull();
    expect(await refuseMalformedAction(new Request("http://atlas.test/models", { headers: { "next-action": "40abc" } }))).toBeNull();
  });

  it("refuse a body that is not JSON with 400, naming the body", async () => {
    expect(await refusal(action("not json{"))).toEqual({
      status: 400,
      body: { error: { code: "INVALID_BODY", message: "The request body is not well-formed JSON.", details: [{ field: "body", message: "not well-formed JSON" }] } },
    });
  });

  it("refuse a body nested deeper than any form with 400 before React's decoder recurses into it", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(await refusal(action(deep))).toMatchObject({ status: 400, body: { error: { code: "INVALID_BODY", details: [{ field: "body", message: `nested more than ${MAX_NESTING} levels deep` }] } } });
    const form = new FormData();
    form.append("name", "[[[[ a token name is not JSON");
    form.append("0", deep);
    expect(await refusal(new Request("http://atlas.test/account/tokens", { method: "POST", headers: { "next-action": "60abc" }, body: form }))).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: "0" }] } },
    });
  });

  it("refuse a body over the limit with 413, whether or not it says its length", async () => {
    const big = `["${"a".repeat(ACTION_BODY_LIMIT)}"]`;
    expect(await refusal(action(big))).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE", details: [{ field: "body" }] } } });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request("http://atlas.test/x", { method: "POST", headers: { "next-action": "40abc" }, body: stream, duplex: "half" } as RequestInit);
    expect(await refusal(chunked)).toMatchObject({ status: 413 });
  });

  it("let a form's own fields be any text: only React's numbered parts are JSON", async () => {
    const form = new FormData();
    form.append("name", "CI of my lab {not json");
    form.append("$ACTION_ID_60abc", "");
    expect(await refuseMalformedAction(new Request("http://atlas.test/account/tokens", { method: "POST", headers: { "next-action": "60abc" }, body: form }))).toBeNull();
  });
});
