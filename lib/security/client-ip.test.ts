import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "../api/client-address";
import { clientIp } from "./client-ip";

describe("clientIp (per-IP limits of sign-in and forms)", () => {
  it("takes the socket address the production server recorded, not what a client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "::ffff:198.51.100.7" });
    expect(clientIp(headers)).toBe("198.51.100.7");
  });

  it("falls back to X-Forwarded-For's last entry without the production server (next dev)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 192.0.2.1" }))).toBe("192.0.2.1");
  });

  it("says unknown with no address, and invalid for something that is not one", () => {
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(new Headers({ [PEER_HEADER]: "<script>" }))).toBe("invalid");
  });
});
