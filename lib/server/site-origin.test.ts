import { afterEach, describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

const saved = process.env.SITE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

describe("siteOrigin", () => {
  it("uses SITE_URL when set, without a trailing path", () => {
    process.env.SITE_URL = "https://atlas.example.eu/";
    expect(siteOrigin(new Headers({ host: "evil.example" }))).toBe("https://atlas.example.eu");
  });

  it("falls back to the request's host and protocol", () => {
    delete process.env.SITE_URL;
    expect(siteOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(siteOrigin(new Headers({ "x-forwarded-host": "atlas.example.eu", "x-forwarded-proto": "https, http" }))).toBe("https://atlas.example.eu");
  });
});

describe("siteOrigin with a malformed Host header", () => {
  it("does not throw, and gives the fallback", () => {
    delete process.env.SITE_URL;
    expect(siteOrigin(new Headers({ host: "exa mple:99999" }))).toBe("http://localhost");
    expect(siteOrigin(new Headers({ host: "a.example/<script>" }), "http://fallback")).toBe("http://fallback");
    expect(siteOrigin(new Headers({ host: "localhost:99999" }), "http://fallback")).toBe("http://fallback");
  });
});
