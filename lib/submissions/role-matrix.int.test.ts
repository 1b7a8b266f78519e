// The role matrix for every mutation and every protected read: anonymous, the author (a
// contributor), another contributor, a maintainer and an admin each get exactly what they should.
// The same functions serve the server actions and the API; actors come from real session rows.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { actorForSessionToken } from "../auth/session";
import { changeUserRole, usersForAdmin } from "../auth/users";
import type { Actor, Role } from "../auth/roles";
import { createSubmission, decideSubmission, updateSubmission, withdrawSubmission } from "./service";
import { auditEntries, mySubmission, mySubmissions, reviewQueue, submissionForReview } from "./queries";
import { organisationInput } from "./fixtures";
import { submissionSchemas } from "../validation/submissions";

let prisma: PrismaClient;
// each call from its own address: the per-IP limit is not what this test is about
const context = { get ip() { return `192.0.2.${Math.floor(Math.random() * 250)}`; }, locale: "en" };
type Who = "anonymous" | "author" | "other" | "maintainer" | "admin";
const WHO: Who[] = ["anonymous", "author", "other", "maintainer", "admin"];
const actors = {} as Record<Who, Actor | null>;

async function signedIn(role: Role): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu`, role } });
  const sessionToken = randomBytes(24).toString("hex");
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
  return (await actorForSessionToken(sessionToken))!;
}

beforeAll(async () => {
  prisma = createPrismaClient(inject("databaseUrl"), 4);
  await seedCatalogue(prisma);
  actors.anonymous = null;
  actors.author = await signedIn("contributor");
  actors.other = await signedIn("contributor");
  actors.maintainer = await signedIn("maintainer");
  actors.admin = await signedIn("admin");
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});

/** A pending submission by the author, fresh for each cell so that cells do not interact. */
async function authorsSubmission() {
  const payload = submissionSchemas.new_organisation.parse(organisationInput({ name: `Matrix ${randomBytes(4).toString("hex")}`, website: null }));
  return prisma.submission.create({
    data: { kind: "new_organisation", payload, status: "pending", submittedAt: new Date(), submitterId: actors.author!.id },
    select: { id: true },
  });
}

/** 200 for success, else the AppError's status. */
async function outcome(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (!status) throw error;
    return status;
  }
}

type Row = { name: string; expected: Record<Who, number>; run: (actor: Actor | null) => Promise<unknown> };

const rows: Row[] = [
  {
    name: "create a submission",
    expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 },
    run: (actor) => createSubmission(actor, { kind: "new_organisation", payload: organisationInput({ name: `C ${randomUUID()}`, website: null }) }, context),
  },
  {
    name: "edit the author's submission",
    expected: { anonymous: 401, author: 200, other: 404, maintainer: 404, admin: 404 },
    run: async (actor) => {
      const s = await authorsSubmission();
      return updateSubmission(actor, { id: s.id, revision: 1, payload: organisationInput({ name: `E ${randomUUID()}`, website: null }) }, context);
    },
  },
  {
    name: "withdraw the author's submission",
    expected: { anonymous: 401, author: 200, other: 404, maintainer: 404, admin: 404 },
    run: async (actor) => withdrawSubmission(actor, { id: (await authorsSubmission()).id, revision: 1 }),
  },
  ...(["approve", "request_changes", "reject"] as const).map((decision) => ({
    name: `${decision} the author's submission`,
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 },
    run: async (actor: Actor | null) => decideSubmission(actor, { id: (await authorsSubmission()).id, revision: 1, decision, note: "a reason" }),
  })),
  {
    name: "change someone's role",
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 403, admin: 200 },
    run: async (actor) => {
      const user = await prisma.user.create({ data: { email: `${randomUUID()}@example.eu` } });
      return changeUserRole(actor, { userId: user.id, role: "maintainer", reason: "matrix" });
    },
  },
  // reads behind the protected pages
  {
    name: "list my submissions",
    expected: { anonymous: 401, author: 200, other: 200, maintainer: 200, admin: 200 },
    run: (actor) => mySubmissions(actor),
  },
  {
    name: "read the author's submission as one's own",
    expected: { anonymous: 401, author: 200, other: 404, maintainer: 404, admin: 404 },
    run: async (actor) => mySubmission(actor, (await authorsSubmission()).id),
  },
  {
    name: "read the review queue",
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 },
    run: (actor) => reviewQueue(actor),
  },
  {
    name: "review the author's submission",
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 },
    run: async (actor) => submissionForReview(actor, (await authorsSubmission()).id),
  },
  {
    name: "read the audit log",
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 200, admin: 200 },
    run: (actor) => auditEntries(actor),
  },
  {
    name: "list the users",
    expected: { anonymous: 401, author: 403, other: 403, maintainer: 403, admin: 200 },
    run: (actor) => usersForAdmin(actor),
  },
];

describe("the role matrix", () => {
  it.each(rows)("$name", async (row) => {
    const got = {} as Record<Who, number>;
    for (const who of WHO) got[who] = await outcome(() => row.run(actors[who]));
    expect(got).toEqual(row.expected);
  });

  it("an unknown id is 404 for everyone allowed to ask, and never reaches a where as undefined", async () => {
    for (const who of ["author", "maintainer"] as const) {
      expect(await outcome(() => withdrawSubmission(actors[who], { id: "no-such-id", revision: 1 }))).toBe(404);
    }
    expect(await outcome(() => decideSubmission(actors.maintainer, { id: "no-such-id", revision: 1, decision: "approve" }))).toBe(404);
    // a request without an id is a validation error, not "every row"
    expect(await outcome(() => withdrawSubmission(actors.author, { revision: 1 }))).toBe(422);
    expect(await outcome(() => mySubmission(actors.author, undefined as unknown as string))).toBe(404);
  });
});
