import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { biodiversity, diversity, organisationAggregate, type BiodiversityModel } from "./biodiversity";

const org = (id: string, country = "FR", sme: boolean | null = false) => ({ id, country, sme });
const model = (...organisations: ReturnType<typeof org>[]): BiodiversityModel => ({ organisations });

describe("biodiversity", () => {
  it("of no models is H 0, effective number 0, no SME share", () => {
    expect(biodiversity([])).toEqual({
      models: 0,
      organisations: { shannon: 0, effectiveNumber: 0, groups: 0 },
      countries: { shannon: 0, effectiveNumber: 0, groups: 0 },
      smeShare: null,
      smeUnknownShare: null,
    });
  });

  it("of one organisation is H 0, effective number 1, however many models", () => {
    const result = biodiversity([model(org("mistral")), model(org("mistral")), model(org("mistral"))]);
    expect(result.organisations).toEqual({ shannon: 0, effectiveNumber: 1, groups: 1 });
    expect(result.countries).toEqual({ shannon: 0, effectiveNumber: 1, groups: 1 });
  });

  it("of two organisations with one model each is H = ln 2, effective number 2", () => {
    const result = biodiversity([model(org("a", "FR")), model(org("b", "DE"))]);
    expect(result.organisations.shannon).toBeCloseTo(Math.LN2, 12);
    expect(result.organisations.effectiveNumber).toBeCloseTo(2, 12);
    expect(result.countries.shannon).toBeCloseTo(Math.LN2, 12);
  });

  it("of three equal organisations (a tie) is ln 3; of a 3:1 split is hand-computed", () => {
    const tie = biodiversity([model(org("a")), model(org("b")), model(org("c"))]);
    expect(tie.organisations.shannon).toBeCloseTo(Math.log(3), 12);
    expect(tie.organisations.effectiveNumber).toBeCloseTo(3, 12);
    expect(tie.countries.shannon).toBe(0);
    // p = 3/4, 1/4: H = -(0.75 ln 0.75 + 0.25 ln 0.25) ≈ 0.562335
    const skewed = biodiversity([model(org("a")), model(org("a")), model(org("a")), model(org("b"))]);
    expect(skewed.organisations.shannon).toBeCloseTo(0.5623351446, 9);
    expect(skewed.organisations.effectiveNumber).toBeCloseTo(Math.exp(0.5623351446), 9);
  });

  it("splits a joint model equally among its distinct organisations", () => {
    // a: 1 + 1/2, b: 1/2 → p = 3/4, 1/4
    const result = biodiversity([model(org("a")), model(org("a"), org("b"), org("b"))]);
    expect(result.organisations.shannon).toBeCloseTo(0.5623351446, 9);
    expect(result.organisations.groups).toBe(2);
  });

  it("splits countries and SME status with the organisations", () => {
    const result = biodiversity([
      model(org("linagora", "FR", true), org("openllm", "fr", null)),
      model(org("bsc", "ES", false)),
    ]);
    expect(result.countries.groups).toBe(2);
    expect(result.countries.shannon).toBeCloseTo(Math.LN2, 12);
    expect(result.smeShare).toBeCloseTo(0.25, 12);
    expect(result.smeUnknownShare).toBeCloseTo(0.25, 12);
  });

  it("rejects a model with no organisation", () => {
    expect(() => biodiversity([model(org("a")), { organisations: [] }])).toThrow(/index 1 has no organisation/);
  });

  it("is between 0 and ln(groups), independent of the models' order", () => {
    const modelArb = fc
      .array(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), country: fc.constantFrom("FR", "DE", "IT"), sme: fc.constantFrom(true, false, null) }), { minLength: 1, maxLength: 3 })
      .map((organisations) => ({ organisations }));
    fc.assert(
      fc.property(fc.array(modelArb, { maxLength: 12 }).chain((models) => fc.tuple(fc.constant(models), fc.shuffledSubarray(models, { minLength: models.length }))), ([models, shuffled]) => {
        const result = biodiversity(models);
        const { shannon, effectiveNumber, groups } = result.organisations;
        expect(shannon).toBeGreaterThanOrEqual(0);
        expect(shannon).toBeLessThanOrEqual(Math.log(Math.max(groups, 1)) + 1e-12);
        expect(effectiveNumber).toBeLessThanOrEqual(groups + 1e-9);
        const again = biodiversity(shuffled);
        expect(again.organisations.shannon).toBeCloseTo(shannon, 12);
        expect(again.countries.shannon).toBeCloseTo(result.countries.shannon, 12);
        expect(again.smeShare ?? 0).toBeCloseTo(result.smeShare ?? 0, 12);
      }),
    );
  });

  it("diversity ignores empty groups", () => {
    expect(diversity([0, 2, 0, 2])).toEqual(diversity([1, 1]));
  });
});

describe("organisationAggregate", () => {
  it("is the mean score and the count per grade", () => {
    expect(organisationAggregate([{ score: 50, grade: "C" }, { score: 75.5, grade: "B" }, { score: 20, grade: "C" }])).toEqual({
      meanScore: 48.5,
      count: 3,
      byGrade: { A: 0, B: 1, C: 2, D: 0, E: 0 },
    });
  });

  it("has no mean when the organisation has no published model", () => {
    expect(organisationAggregate([])).toEqual({ meanScore: null, count: 0, byGrade: { A: 0, B: 0, C: 0, D: 0, E: 0 } });
  });
});
