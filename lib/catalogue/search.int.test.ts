// The query layer behind /models and /organisations, on a real database of its own (the seed
// catalogue plus a few awkward entries): every filter alone and combined against a plain
// JavaScript reading of the same rows, the sorts and their tiebreakers, page and cursor edges,
// accents, typos and SQL meta-characters.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../testing/test-database";
import { applyMigrations } from "../db/migrations";
import { createPrismaClient, type PrismaClient } from "../db/prisma";
import { seedCatalogue } from "../../prisma/seed/seed";
import { catalogueEntries } from "../catalogue-data/entries";
import { storeAssessment } from "./assessments";
import { CRITERION_KEYS, organisationAggregate, type Grade } from "../openness";
import { EMPTY_MODEL_QUERY, organisationQuerySchema, parseModelQuery, type ModelQuery } from "../validation/catalogue";

let database: TestDatabase;
let prisma: PrismaClient;
let search: typeof import("./search");
let organisations: typeof import("./organisations");
let models: typeof import("./models");

type Row = Awaited<ReturnType<typeof loadRows>>[number];
let rows: Row[];

/** The published models a query with no filter lists: Europe's (reference models only when asked for). */
async function loadRows() {
  const models = await prisma.model.findMany({
    where: { status: "published", scope: "europe" },
    include: { organisations: { orderBy: { position: "asc" }, include: { organisation: true } } },
  });
  const licences = new Map((await prisma.licence.findMany()).map((licence) => [licence.id, licence]));
  return models.map((model) => ({ ...model, weightsLicences: model.weightsLicenceIds.map((id) => licences.get(id)!) }));
}
const allowsCommercialUse = (row: Row) => row.weightsLicences.length > 0 && row.weightsLicences.every((licence) => !licence.nonCommercial && !licence.nonProduction);

const ALL = 10_000;
const q = (query: Partial<ModelQuery>): ModelQuery => ({ ...EMPTY_MODEL_QUERY, ...query });
async function slugs(query: Partial<ModelQuery>): Promise<string[]> {
  const result = await search.searchModels(q(query), { page: 1, pageSize: ALL });
  expect(result.items.length).toBe(result.total);
  return result.items.map((item) => item.slug).sort();
}
const expected = (predicate: (row: Row) => boolean) => rows.filter(predicate).map((row) => row.slug).sort();

beforeAll(async () => {
  // A database of this file's own: the extra entries below must not change other files' counts.
  // (DATABASE_URL names this run's shared database here, so ask for a new one explicitly: a
  // PGlite socket server would answer CREATE DATABASE with the same database.)
  database = inject("databaseKind") === "postgresql" ? await createServerDatabase(inject("serverUrl")) : await createEmbeddedDatabase();
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  (globalThis as { prisma?: unknown }).prisma = undefined; // lib/db/client's singleton, if any
  search = await import("./search");
  organisations = await import("./organisations");
  models = await import("./models");
  prisma = createPrismaClient(database.url, 2);
  await seedCatalogue(prisma);

  // Awkward entries: accents, SQL and LIKE meta-characters, no organisation facts in common.
  const org = await prisma.organisation.create({
    data: {
      slug: "universite-cote-azur",
      name: "Université Côte d’Azur",
      type: "research",
      country: "FR",
      isSme: false,
      description: "Université publique à Nice.",
      publishedAt: new Date("2026-11-27T00:00:00Z"),
    },
  });
  for (const [slug, name, description] of [
    ["elan-2b", "Élan-2B", "Un modèle de langue français entraîné à Nice."],
    ["weird-percent", "Weird_100%'s \"model\"; DROP TABLE", "Meta-characters: % _ ' \" ; -- \\ :* & | !"],
  ] as const) {
    const model = await prisma.model.create({
      data: {
        slug,
        name,
        description,
        modality: "text",
        releaseYear: 2025,
        releaseDate: new Date("2025-03-01T00:00:00Z"),
        languages: ["fr", "oc"],
        tasks: ["text-generation"],
        parameterCount: 2e9,
        licences: { create: [{ component: "weights", licenceId: "MIT", position: 0 }] },
        publishedAt: new Date("2026-11-27T00:00:00Z"),
        organisations: { create: [{ organisationId: org.id, position: 0 }] },
      },
    });
    await storeAssessment(prisma, model, CRITERION_KEYS.map((criterion) => ({ criterion, grade: "unknown" as const })));
  }
  // A draft never shows.
  await prisma.model.create({ data: { slug: "draft-model", name: "Draft Mistral", modality: "text", status: "draft" } });
  rows = await loadRows();
}, 300_000);

afterAll(async () => {
  await prisma?.$disconnect();
  const { db } = await import("../db/client");
  await db().$disconnect();
  await database?.dispose();
});

describe("searchModels: filters", () => {
  it("with no filter lists every published model, never a draft", async () => {
    expect(await slugs({})).toEqual(expected(() => true));
    expect(rows.length).toBe(catalogueEntries().models.filter((model) => model.scope === "europe").length + 2);
    expect(await slugs({})).not.toContain("draft-model");
  });

  const cases: [string, Partial<ModelQuery>, (row: Row) => boolean][] = [
    ["grade", { grade: ["A", "B"] }, (r) => r.grade === "A" || r.grade === "B"],
    ["use=open", { use: "open" }, (r) => r.useGrade === "open"],
    ["methods=partial (at least)", { methods: "partial" }, (r) => r.methodsGrade === "open" || r.methodsGrade === "partial"],
    ["data=partial", { data: "partial" }, (r) => r.dataGrade === "open" || r.dataGrade === "partial"],
    ["retrain=partial (at least)", { retrain: "partial" }, (r) => r.retrainGrade === "open" || r.retrainGrade === "partial"],
    ["licence", { licence: ["Apache-2.0", "MIT"] }, (r) => r.weightsLicenceIds.includes("Apache-2.0") || r.weightsLicenceIds.includes("MIT")],
    ["commercial", { commercial: true }, allowsCommercialUse],
    ["org", { org: ["mistral-ai"] }, (r) => r.organisations.some((o) => o.organisation.slug === "mistral-ai")],
    ["orgType", { orgType: ["research", "non_profit"] }, (r) => r.organisations.some((o) => ["research", "non_profit"].includes(o.organisation.type))],
    ["sme", { sme: true }, (r) => r.organisations.some((o) => o.organisation.isSme === true)],
    ["country", { country: ["FI", "SE"] }, (r) => r.organisations.some((o) => ["FI", "SE"].includes(o.organisation.country))],
    ["modality", { modality: ["image", "speech"] }, (r) => ["image", "speech"].includes(r.modality)],
    ["task", { task: ["text-to-image"] }, (r) => r.tasks.includes("text-to-image")],
    ["lang (every one asked for)", { lang: ["fr", "de"] }, (r) => r.languages.includes("fr") && r.languages.includes("de")],
    ["paramsMin", { paramsMin: 10 }, (r) => r.parameterCount !== null && r.parameterCount >= 10e9],
    ["paramsMax", { paramsMax: 7.5 }, (r) => r.parameterCount !== null && r.parameterCount <= 7.5e9],
    ["yearMin", { yearMin: 2024 }, (r) => r.releaseYear !== null && r.releaseYear >= 2024],
    ["yearMax", { yearMax: 2023 }, (r) => r.releaseYear !== null && r.releaseYear <= 2023],
    ["year range", { yearMin: 2010, yearMax: 2023 }, (r) => r.releaseYear !== null && r.releaseYear >= 2010 && r.releaseYear <= 2023],
    ["G7 label", { g7: ["open_weights_ai"] }, (r) => r.g7Label === "open_weights_ai"],
    ["family", { family: "eurollm" }, (r) => r.familySlug === "eurollm"],
  ];

  it("shows a family once, by its most open member, when nothing narrows the list; every matching member when filtered", async () => {
    const result = await search.searchModels(q({}), { page: 1, pageSize: ALL, collapseFamilies: true });
    const families = new Map<string, Row[]>();
    for (const row of rows) if (row.familySlug) families.set(row.familySlug, [...(families.get(row.familySlug) ?? []), row]);
    const hidden = [...families.values()].reduce((n, members) => n + members.length - 1, 0);
    expect(hidden).toBeGreaterThan(0);
    expect(result.total).toBe(rows.length - hidden);
    expect(result.items).toHaveLength(rows.length - hidden);
    for (const [slug, members] of families) {
      const shown = result.items.filter((item) => item.family?.slug === slug);
      expect(shown, slug).toHaveLength(1);
      expect(shown[0]!.family!.size).toBe(members.length);
      const best = [...members].sort((a, b) => b.sortScore - a.sortScore || a.sortName.localeCompare(b.sortName) || (a.id < b.id ? -1 : 1))[0]!;
      expect(shown[0]!.slug, slug).toBe(best.slug);
    }
    // the family's own list, and any filtered one, show every member
    const [slug, members] = [...families].find(([, m]) => m.length > 1)!;
    expect(await slugs({ family: slug })).toEqual(members.map((m) => m.slug).sort());
  });

  it("lists Europe's models by default; reference models only when asked for, alone or with the rest", async () => {
    const reference = await prisma.model.findMany({ where: { status: "published", scope: "reference" }, select: { slug: true } });
    expect(reference.length).toBeGreaterThan(0);
    expect(await slugs({})).not.toContain(reference[0]!.slug);
    expect(await slugs({ scope: "reference" })).toEqual(reference.map((r) => r.slug).sort());
    expect((await slugs({ scope: "all" })).length).toBe(rows.length + reference.length);
  });
  for (const [name, query, predicate] of cases) {
    it(`${name} alone keeps exactly the models it names`, async () => {
      const want = expected(predicate);
      expect(want.length, `${name} should keep some models and drop others`).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(rows.length);
      expect(await slugs(query)).toEqual(want);
    });
  }

  it("combines filters with AND (a truly open-ish French-speaking LLM under 10B)", async () => {
    const query = { lang: ["fr"], paramsMax: 10, use: "open" as const, modality: ["text" as const], commercial: true };
    const want = expected(
      (r) =>
        r.languages.includes("fr") &&
        r.parameterCount !== null &&
        r.parameterCount <= 10e9 &&
        r.useGrade === "open" &&
        r.modality === "text" &&
        allowsCommercialUse(r),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(await slugs(query)).toEqual(want);
    // and every pair of single filters agrees with the intersection of their results
    const pairs: [Partial<ModelQuery>, Partial<ModelQuery>][] = [
      [{ country: ["FR"] }, { grade: ["B", "C"] as Grade[] }],
      [{ sme: true }, { yearMin: 2024 }],
    ];
    for (const [a, b] of pairs) {
      const both = await slugs({ ...a, ...b });
      const left = new Set(await slugs(a));
      expect(both).toEqual((await slugs(b)).filter((slug) => left.has(slug)));
    }
  });

  it("a filter that nothing meets gives zero, not an error", async () => {
    const result = await search.searchModels(q({ country: ["IS"], grade: ["A"], lang: ["xh"] }), { page: 1 });
    expect(result).toMatchObject({ total: 0, items: [], nextCursor: null });
  });

  it("countModels agrees with searchModels", async () => {
    expect(await search.countModels(q({ country: ["FR"] }))).toBe((await slugs({ country: ["FR"] })).length);
  });
});

describe("searchModels: text search", () => {
  it("finds by name, by word prefix, by organisation and by description", async () => {
    expect(await slugs({ q: "lucie" })).toContain("lucie-7b");
    expect(await slugs({ q: "Mist" })).toEqual(expect.arrayContaining(["mistral-7b", "mixtral-8x7b"]));
    expect(await slugs({ q: "mistral 7b" })).toContain("mistral-7b");
    expect(await slugs({ q: "LINAGORA" })).toContain("lucie-7b");
    expect(await slugs({ q: "supercomputer" })).toContain("lucie-7b");
  });

  it("ignores accents both ways", async () => {
    expect(await slugs({ q: "elan" })).toEqual(["elan-2b"]);
    expect(await slugs({ q: "ÉLAN" })).toEqual(["elan-2b"]);
    expect(await slugs({ q: "centralesupelec" })).toContain("croissantllm");
    expect(await slugs({ q: "CentraleSupélec" })).toContain("croissantllm");
    expect(await slugs({ q: "universite cote" })).toEqual(["elan-2b", "weird-percent"]);
    expect(await slugs({ q: "modele francais" })).toEqual(["elan-2b"]);
  });

  it("falls back to names spelled alike when a typo matches nothing", async () => {
    const result = await search.searchModels(q({ q: "mistrall" }), { page: 1, pageSize: ALL });
    expect(result.fuzzy).toBe(true);
    expect(result.correctedQuery).toBe("mistral");
    expect(result.items.map((item) => item.slug).sort()).toEqual(await slugs({ q: "mistral" }));
    // only the misspelt word is corrected; accents are forgiven in the correction too
    const two = await search.searchModels(q({ q: "lucie linagorra" }), { page: 1 });
    expect(two.correctedQuery).toBe("lucie linagora");
    expect(two.items.map((item) => item.slug)).toContain("lucie-7b");
    expect(two.items.every((item) => item.organisations.some((o) => o.slug === "linagora"))).toBe(true);
    expect((await search.searchModels(q({ q: "Élann" }), { page: 1 })).items.map((item) => item.slug)).toEqual(["elan-2b"]);
    const exact = await search.searchModels(q({ q: "mistral" }), { page: 1 });
    expect(exact.fuzzy).toBe(false);
    expect((await search.searchModels(q({ q: "croisantllm" }), { page: 1 })).items.map((i) => i.slug)).toContain("croissantllm");
  });

  it("treats SQL, LIKE and tsquery meta-characters as plain text", async () => {
    for (const text of ["%", "_", "'", "\"", "';--", "%' OR '1'='1", "a & b | !c", ":*", "\\", "drop table \"Model\";", "(", "<->", "\u0000"]) {
      const result = await search.searchModels(q({ q: text }), { page: 1 });
      expect(result.total, text).toBeGreaterThanOrEqual(0);
    }
    expect(await slugs({ q: "weird_100%'s" })).toEqual(["weird-percent"]);
    expect(await slugs({ q: "%" })).toEqual(expected(() => true)); // no word in it: no text filter
    expect(await prisma.model.count({ where: { scope: "europe" } })).toBe(rows.length + 1); // nothing was dropped
  });

  it("combines search and filters", async () => {
    const text = new Set(await slugs({ q: "mistral" }));
    const both = await slugs({ q: "mistral", grade: ["C"] });
    expect(both).toContain("mistral-7b");
    expect(both).toEqual(expected((r) => r.grade === "C" && text.has(r.slug)));
  });
});

describe("searchModels: rows read past Prisma (lib/db/rows.ts)", () => {
  it("give the stored instants, whatever the server's time zone", async () => {
    const stored = new Map(rows.map((row) => [row.slug, row.updatedAt.getTime()]));
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Auckland"; // a timestamp read as local time would move by 13 hours
    try {
      for (const filter of [{}, { modality: ["text" as const] }]) {
        const result = await search.searchModels(q(filter), { page: 1, pageSize: ALL });
        expect(result.items.length).toBeGreaterThan(10);
        for (const item of result.items) expect(item.updatedAt.getTime(), item.slug).toBe(stored.get(item.slug));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("searchModels: sorting", () => {
  const rank = (grade: Grade | null) => (grade ? "ABCDE".indexOf(grade) : 5);
  const byOpenness = (a: { grade: Grade | null; score: number | null }, b: { grade: Grade | null; score: number | null }) =>
    rank(a.grade) - rank(b.grade) || (b.score ?? -1) - (a.score ?? -1);

  it("sorts by openness (default): grade first, then score, then name: a D model never ranks above a C model", async () => {
    const result = await search.searchModels(q({}), { page: 1, pageSize: ALL });
    const keys = result.items.map((item) => ({ grade: item.grade, score: item.score }));
    expect(keys).toEqual([...keys].sort(byOpenness));
    expect(result.items[0]!.slug).toBe([...rows].sort(byOpenness)[0]!.slug);
    const grades = result.items.map((item) => rank(item.grade));
    expect(grades.indexOf(rank("D"))).toBeGreaterThan(grades.lastIndexOf(rank("C")));
    // a D model with a higher score than some C model still comes after every C model
    const bestD = Math.max(...result.items.filter((i) => i.grade === "D").map((i) => i.score ?? 0));
    const worstC = Math.min(...result.items.filter((i) => i.grade === "C").map((i) => i.score ?? 0));
    expect(bestD, "the catalogue has a D model scoring above a C model, which the order must not follow").toBeGreaterThan(worstC);
    // equal grades and scores are in name order
    for (let i = 1; i < result.items.length; i++) {
      const [prev, cur] = [result.items[i - 1]!, result.items[i]!];
      if (prev.score === cur.score && prev.grade === cur.grade) expect(prev.name.localeCompare(cur.name, "en", { sensitivity: "base" })).toBeLessThanOrEqual(0);
    }
  });

  it("sorts by name, ignoring case and accents", async () => {
    const result = await search.searchModels(q({ sort: "name" }), { page: 1, pageSize: ALL });
    const names = result.items.map((item) => item.name);
    const elan = names.indexOf("Élan-2B");
    expect(names[elan - 1]!.localeCompare("elan", "en", { sensitivity: "base" })).toBeLessThan(0);
    expect(names[elan + 1]!.localeCompare("elan", "en", { sensitivity: "base" })).toBeGreaterThan(0);
  });

  it("sorts by release, newest first, dated releases before undated ones of the same year", async () => {
    const result = await search.searchModels(q({ sort: "release" }), { page: 1, pageSize: ALL });
    const years = result.items.map((item) => item.releaseYear ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // the newest release first: its date, or its year when only the year is known
    const key = (r: Row) => (r.releaseDate ? Number(r.releaseDate.toISOString().slice(0, 10).replaceAll("-", "")) : (r.releaseYear ?? 0) * 10000);
    const newest = Math.max(...rows.map(key));
    const first = rows.filter((r) => key(r) === newest).map((r) => r.slug).sort();
    expect(result.items.slice(0, first.length).map((item) => item.slug).sort()).toEqual(first);
  });

  it("sorts by recently updated", async () => {
    const target = rows.find((r) => r.slug === "bloom")!;
    await prisma.model.update({ where: { id: target.id }, data: { languageShareNote: target.languageShareNote } });
    const result = await search.searchModels(q({ sort: "updated" }), { page: 1 });
    expect(result.items[0]!.slug).toBe("bloom");
  });
});

describe("searchModels: paging", () => {
  // Unfiltered, the page is read along the sort's index; filtered, it is sorted out of the
  // matching rows in the statement that counts them (search.ts, `matches`): both must page alike.
  const PAGED: [string, Partial<ModelQuery>][] = [
    ["the whole catalogue", {}],
    ["a filtered list", { modality: ["text"] }],
  ];

  for (const [label, filter] of PAGED) {
    it(`pages partition ${label}: no repeats, no gaps, last page short, past the end empty`, async () => {
      const all = (await search.searchModels(q(filter), { page: 1, pageSize: ALL })).items.map((i) => i.slug);
      expect(all.length).toBeGreaterThan(10);
      const seen: string[] = [];
      const pageSize = 5;
      const pages = Math.ceil(all.length / pageSize);
      for (let page = 1; page <= pages; page++) {
        const result = await search.searchModels(q(filter), { page, pageSize });
        expect(result.total).toBe(all.length);
        expect(result.items.length).toBe(page < pages ? pageSize : all.length - (pages - 1) * pageSize);
        seen.push(...result.items.map((i) => i.slug));
        expect(result.nextCursor === null).toBe(page === pages);
      }
      expect(seen).toEqual(all);
      const past = await search.searchModels(q(filter), { page: pages + 1, pageSize });
      expect(past.items).toEqual([]);
      expect(past.total).toBe(all.length);
    });

    for (const sort of ["score", "name", "release", "updated"] as const) {
      it(`cursors walk ${label} in the ${sort} order exactly as offset pages do`, async () => {
        const all = (await search.searchModels(q({ ...filter, sort }), { page: 1, pageSize: ALL })).items.map((i) => i.slug);
        const walked: string[] = [];
        let cursor: string | null = null;
        for (let guard = 0; guard < 100; guard++) {
          const result: Awaited<ReturnType<typeof search.searchModels>> = await search.searchModels(q({ ...filter, sort }), { cursor, pageSize: 4 });
          walked.push(...result.items.map((i) => i.slug));
          cursor = result.nextCursor;
          if (!cursor) break;
        }
        expect(walked).toEqual(all);
      });
    }
  }

  it("a selective query's single statement gives the very page the sort's index gives", async () => {
    // The two ways search.ts can read a filtered page, run side by side on the same query.
    const { db } = await import("../db/client");
    const ids = async (sql: Parameters<ReturnType<typeof db>["$queryRaw"]>[0]) =>
      (await db().$queryRaw<{ id: string | null; total?: number }[]>(sql)).filter((row) => row.id !== null).map((row) => row.id);
    const queries: Partial<ModelQuery>[] = [{ modality: ["text"] }, { q: "mistral" }, { lang: ["fr"], grade: ["A", "B", "C"] }, { country: ["FR"] }];
    let compared = 0;
    for (const filter of queries) {
      for (const sort of ["score", "name", "release", "updated"] as const) {
        const query = q({ ...filter, sort });
        const first = await search.searchModels(query, { cursor: null, pageSize: 3 });
        for (const paging of [{ page: 1, pageSize: 3 }, { page: 2, pageSize: 3 }, { page: 40, pageSize: 3 }, { cursor: first.nextCursor, pageSize: 3 }]) {
          const sql = search.modelSearchSql(query, paging);
          expect(sql.matches).not.toBeNull();
          const viaIndex = await ids(sql.items);
          expect(await ids(sql.matches!)).toEqual(viaIndex);
          compared += viaIndex.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("refuses a forged or foreign cursor", async () => {
    const first = await search.searchModels(q({ sort: "name" }), { cursor: null, pageSize: 2 });
    await expect(search.searchModels(q({ sort: "score" }), { cursor: first.nextCursor })).rejects.toBeInstanceOf(search.InvalidCursorError);
    for (const forged of ["nonsense", Buffer.from('{"s":"name","v":["x"]}').toString("base64url"), Buffer.from('{"s":"name","v":[1,2]}').toString("base64url")]) {
      await expect(search.searchModels(q({ sort: "name" }), { cursor: forged })).rejects.toBeInstanceOf(search.InvalidCursorError);
    }
  });
});

describe("validated URL parameters reach the query layer", () => {
  it("parses the contract's example and runs it", async () => {
    const parsed = parseModelQuery(new URLSearchParams("country=FI&grade=A,B&lang=fi"));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(await slugs(parsed.data)).toEqual(
      expected((r) => ["A", "B"].includes(r.grade ?? "") && r.languages.includes("fi") && r.organisations.some((o) => o.organisation.country === "FI")),
    );
  });
});

describe("organisations", () => {
  const oq = (query: Record<string, string>) => organisationQuerySchema.parse(query);

  it("lists published organisations by name, with filters, search and model counts", async () => {
    const all = await organisations.searchOrganisations(oq({}), { page: 1, pageSize: ALL });
    expect(all.total).toBe(await prisma.organisation.count({ where: { scope: "europe" } }));
    const names = all.items.map((o) => o.name);
    expect(names[0]!.localeCompare(names.at(-1)!, "en", { sensitivity: "base" })).toBeLessThan(0);
    const fr = await organisations.searchOrganisations(oq({ country: "FR", type: "research" }), { page: 1, pageSize: ALL });
    expect(fr.items.every((o) => o.country === "FR" && o.type === "research")).toBe(true);
    expect(fr.items.map((o) => o.slug)).toContain("universite-cote-azur");
    const sme = await organisations.searchOrganisations(oq({ sme: "1" }), { page: 1, pageSize: ALL });
    expect(sme.items.every((o) => o.isSme === true)).toBe(true);
    expect((await organisations.searchOrganisations(oq({ q: "universite cote" }))).items.map((o) => o.slug)).toEqual(["universite-cote-azur"]);
    expect((await organisations.searchOrganisations(oq({ q: "Université" }))).items.map((o) => o.slug)).toContain("universite-cote-azur");
    const typo = await organisations.searchOrganisations(oq({ q: "Mistrale" }));
    expect(typo.fuzzy).toBe(true);
    expect(typo.items.map((o) => o.slug)).toContain("mistral-ai");
    const mistral = all.items.find((o) => o.slug === "mistral-ai")!;
    expect(mistral.modelCount).toBe(rows.filter((r) => r.organisations.some((o) => o.organisation.slug === "mistral-ai")).length);
  });

  it("scores an organisation as organisationAggregate does", async () => {
    const org = await prisma.organisation.findUniqueOrThrow({ where: { slug: "mistral-ai" } });
    const own = rows.filter((r) => r.organisations.some((o) => o.organisationId === org.id) && r.grade && r.score !== null);
    const want = organisationAggregate(own.map((r) => ({ score: r.score!, grade: r.grade! })));
    const got = organisations.organisationScore((await organisations.organisationBySlug("mistral-ai"))!);
    expect(got.count).toBe(want.count);
    expect(got.byGrade).toEqual(want.byGrade);
    expect(got.meanScore).toBeCloseTo(want.meanScore!, 9);
    const listed = (await organisations.searchOrganisations(oq({ q: "Mistral AI" }))).items.find((o) => o.slug === "mistral-ai")!;
    expect(listed.meanScore).toBeCloseTo(want.meanScore!, 9);
  });
});

describe("denormalised columns stay in step", () => {
  it("renaming or moving an organisation updates its models' search and filters", async () => {
    const org = await prisma.organisation.findUniqueOrThrow({ where: { slug: "universite-cote-azur" } });
    await prisma.organisation.update({ where: { id: org.id }, data: { name: "Azur Lab", country: "MC" } });
    expect(await slugs({ q: "azur lab" })).toEqual(["elan-2b", "weird-percent"]);
    expect(await slugs({ country: ["MC"] })).toEqual(["elan-2b", "weird-percent"]);
    const model = await prisma.model.findUniqueOrThrow({ where: { slug: "elan-2b" } });
    await prisma.modelOrganisation.deleteMany({ where: { modelId: model.id } });
    expect(await slugs({ country: ["MC"] })).toEqual(["weird-percent"]);
    const mistral = await prisma.organisation.findUniqueOrThrow({ where: { slug: "mistral-ai" } });
    await prisma.modelOrganisation.create({ data: { modelId: model.id, organisationId: mistral.id } });
    expect(await slugs({ org: ["mistral-ai"], q: "elan" })).toEqual(["elan-2b"]);
  });

  it("storing an assessment updates grade, score and pillar filters", async () => {
    const model = await prisma.model.findUniqueOrThrow({ where: { slug: "elan-2b" } });
    expect(await slugs({ use: "open" })).not.toContain("elan-2b");
    const evidence = "https://example.org/evidence";
    // every licence known and free (version 2): weights MIT already, code and data now
    await prisma.modelLicence.createMany({ data: [{ modelId: model.id, component: "code", licenceId: "MIT" }, { modelId: model.id, component: "data", licenceId: "CC-BY-4.0" }] });
    await storeAssessment(prisma, model, CRITERION_KEYS.map((criterion) => ({ criterion, grade: "open" as const, evidenceUrl: evidence })));
    expect(await slugs({ use: "open", grade: ["A"] })).toContain("elan-2b");
    const first = (await search.searchModels(q({}), { page: 1 })).items[0]!;
    expect(first.slug).toBe("elan-2b");
    const detail = await models.modelBySlug("elan-2b");
    expect(detail?.assessment?.grade).toBe("A");
    // its organisation's figures follow (elan-2b now belongs to Mistral AI)
    const own = (await loadRows()).filter((r) => r.organisations.some((o) => o.organisation.slug === "mistral-ai") && r.grade && r.score !== null);
    const want = organisationAggregate(own.map((r) => ({ score: r.score!, grade: r.grade! })));
    const got = organisations.organisationScore((await organisations.organisationBySlug("mistral-ai"))!);
    expect(got.byGrade).toEqual(want.byGrade);
    expect(got.meanScore).toBeCloseTo(want.meanScore!, 9);
    // and an archived model leaves them
    await prisma.model.update({ where: { id: model.id }, data: { status: "archived" } });
    expect(organisations.organisationScore((await organisations.organisationBySlug("mistral-ai"))!).byGrade.A).toBe(want.byGrade.A - 1);
  });

  it("editing a model's languages, tasks, licence or year moves it between filters (one index holds them all)", async () => {
    const model = await prisma.model.findUniqueOrThrow({ where: { slug: "weird-percent" } });
    const filters: Partial<ModelQuery>[] = [{ lang: ["xh"] }, { task: ["depth-estimation"] }, { licence: ["Apache-2.0"] }, { yearMin: 2010, yearMax: 2012 }];
    for (const filter of filters) expect(await slugs(filter), JSON.stringify(filter)).not.toContain("weird-percent");
    await prisma.model.update({
      where: { id: model.id },
      data: { languages: ["xh"], tasks: ["depth-estimation"], releaseYear: 2011, releaseDate: null, licences: { deleteMany: {}, create: [{ component: "weights", licenceId: "Apache-2.0", position: 0 }] } },
    });
    // the licences a search reads are kept with the model's assessment
    await storeAssessment(prisma, model, CRITERION_KEYS.map((criterion) => ({ criterion, grade: "unknown" as const })));
    for (const filter of filters) expect(await slugs(filter), JSON.stringify(filter)).toContain("weird-percent");
    expect(await slugs(Object.assign({}, ...filters))).toEqual(["weird-percent"]);
    expect(await slugs({ yearMax: 2019 })).toContain("weird-percent");
    expect(await slugs({ yearMin: 2012 })).not.toContain("weird-percent");
  });
});
