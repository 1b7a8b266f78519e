import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cookieValue, csrfTokenVerified } from "./csrf";

const SECRET = "s".repeat(40);
const token = "a1b2c3";
const signed = `${token}|${createHash("sha256").update(`${token}${SECRET}`).digest("hex")}`;

describe("next-auth's CSRF check, as the sign-in gate makes it", () => {
  it("reads the cookie as next-auth writes it, URL-encoded", () => {
    const header = `other=1; __Host-next-auth.csrf-token=${encodeURIComponent(signed)}; next-auth.callback-url=%2F`;
    expect(cookieValue(header, "__Host-next-auth.csrf-token")).toBe(signed);
    expect(cookieValue(header, "next-auth.csrf-token")).toBeUndefined();
    expect(cookieValue(null, "x")).toBeUndefined();
    expect(cookieValue("x=%E0%A4%A", "x")).toBeUndefined();
  });

  it("accepts the token its cookie vouches for, and nothing else", () => {
    expect(csrfTokenVerified(signed, token, SECRET)).toBe(true);
    expect(csrfTokenVerified(signed, "another", SECRET)).toBe(false);
    expect(csrfTokenVerified(signed, null, SECRET)).toBe(false);
    expect(csrfTokenVerified(undefined, token, SECRET)).toBe(false);
    // a cookie made up by the client: its hash is not the secret's
    expect(csrfTokenVerified(`${token}|${createHash("sha256").update(token).digest("hex")}`, token, SECRET)).toBe(false);
    expect(csrfTokenVerified(`${token}|`, token, SECRET)).toBe(false);
    expect(csrfTokenVerified(signed, token, `${SECRET}x`)).toBe(false);
  });
});
