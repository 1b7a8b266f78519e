import { afterEach, describe, expect, it } from "vitest";
import { originFromHeaders } from "./origin";

describe("the public origin", () => {
  afterEach(() => {
    delete process.env.SITE_URL;
  });

  it("is SITE_URL when set, whatever the request says", () => {
    process.env.SITE_URL = "https://atlas.example/";
    expect(originFromHeaders(new Headers({ host: "evil.example" }), "http://localhost")).toBe("https://atlas.example");
  });

  it("else the host the request came to, through a proxy or not", () => {
    expect(originFromHeaders(new Headers({ host: "localhost:3000" }), "http://x")).toBe("http://localhost:3000");
    expect(originFromHeaders(new Headers({ "x-forwarded-host": "atlas.example", "x-forwarded-proto": "https" }), "http://x")).toBe("https://atlas.example");
    // a header that is not a host name is ignored
    expect(originFromHeaders(new Headers({ host: "a.example/<script>" }), "http://fallback")).toBe("http://fallback");
  });
});
