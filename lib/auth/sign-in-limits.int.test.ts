// The sign-in e-mail limits on a real database: a person's budget is theirs, whoever else asks for
// links to their address, and using a link starts it afresh.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { forgetSignInEmails, limitSignInEmail } from "./sign-in-limits";
import { LIMITS } from "../security/rate-limit";

const PER_ADDRESS = LIMITS.signInEmailPerAddress.max;

async function exhaust(email: string, ip: string) {
  for (let i = 0; i < PER_ADDRESS; i++) await limitSignInEmail(email, ip);
  await expect(limitSignInEmail(email, ip)).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
}

describe("sign-in e-mail limits", () => {
  it("never let a stranger elsewhere spend a person's budget", async () => {
    const email = `${randomUUID()}@example.eu`;
    await exhaust(email, "203.0.113.10");
    // the person, from their own address, still has all of theirs
    for (let i = 0; i < PER_ADDRESS; i++) await expect(limitSignInEmail(email, "203.0.113.11")).resolves.toBeUndefined();
  });

  it("start afresh for every client address once a link to the address is used", async () => {
    const email = `${randomUUID()}@example.eu`;
    await exhaust(email, "203.0.113.20");
    await exhaust(email, "203.0.113.21");
    await forgetSignInEmails(` ${email.toUpperCase()} `);
    await expect(limitSignInEmail(email, "203.0.113.20")).resolves.toBeUndefined();
    await expect(limitSignInEmail(email, "203.0.113.21")).resolves.toBeUndefined();
  });

  it("still bound what one client address sends, whatever the addresses", async () => {
    const ip = "203.0.113.30";
    for (let i = 0; i < LIMITS.signInEmailPerIp.max; i++) await limitSignInEmail(`${randomUUID()}@example.eu`, ip);
    await expect(limitSignInEmail(`${randomUUID()}@example.eu`, ip)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // and forgetting one address's counts does not reset the client address's
    const email = `${randomUUID()}@example.eu`;
    await forgetSignInEmails(email);
    await expect(limitSignInEmail(email, ip)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
