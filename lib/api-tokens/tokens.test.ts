import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, hashApiToken, isApiTokenShaped, VISIBLE_PREFIX_LENGTH } from "./tokens";

describe("API tokens", () => {
  it("are atlas_ and 43 base64url characters, different every time, kept as a SHA-256 and a short prefix", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashApiToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token.slice(6, 20));
    expect(a.prefix).toBe(a.token.slice(0, VISIBLE_PREFIX_LENGTH));
    expect(a.prefix.length).toBe(10);
    expect(isApiTokenShaped(a.token)).toBe(true);
  });

  it("are read from a Bearer header, and only a token-shaped value counts", () => {
    const { token } = generateApiToken();
    expect(bearerToken(`Bearer ${token}`)).toEqual({ kind: "token", token });
    expect(bearerToken(`bearer   ${token} `)).toEqual({ kind: "token", token });
    expect(bearerToken(null)).toEqual({ kind: "missing" });
    expect(bearerToken("Basic dXNlcjpwYXNz")).toEqual({ kind: "missing" });
    expect(bearerToken("Bearer")).toEqual({ kind: "malformed" });
    expect(bearerToken("Bearer not-a-token")).toEqual({ kind: "malformed" });
    expect(bearerToken(`Bearer ${token}x`)).toEqual({ kind: "malformed" });
    expect(bearerToken(`Bearer ${token} ${token}`)).toEqual({ kind: "malformed" });
  });
});
