import { afterEach, describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER, peerAddressRecorded } from "./client-ip";

const RECORDED_KEY = Symbol.for("libre-atlas.peer-address-recorded");
afterEach(() => delete (globalThis as { [RECORDED_KEY]?: boolean })[RECORDED_KEY]);

describe("clientIp (every per-address limit)", () => {
  it("behind N trusted proxies, is the N-th X-Forwarded-For entry from the right, whatever the client wrote on the left", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), 1)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7", [PEER_HEADER]: "10.0.0.2" }), 1)).toBe("198.51.100.7");
  });

  it("without proxies, is the socket's address the production server recorded, not what the client wrote", () => {
    peerAddressRecorded();
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "::ffff:198.51.100.7" }), 0)).toBe("198.51.100.7");
  });

  it("without proxies nor the production server, trusts no header: every client is unknown", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "198.51.100.7" }), 0)).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 192.0.2.1" }), 0)).toBe("unknown");
  });

  it("behind proxies, takes a request that did not come through them (too few hops) for a direct one: its socket", () => {
    expect(clientIp(new Headers({ [PEER_HEADER]: "198.51.100.9" }), 1)).toBe("unknown");
    peerAddressRecorded();
    expect(clientIp(new Headers({ [PEER_HEADER]: "198.51.100.9" }), 1)).toBe("198.51.100.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.1", [PEER_HEADER]: "198.51.100.9" }), 2)).toBe("198.51.100.9");
  });

  it("says unknown with no address, and invalid for something that is not one", () => {
    expect(clientIp(new Headers(), 1)).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>" }), 1)).toBe("invalid");
  });
});
