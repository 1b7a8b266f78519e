import { restrictionsOnUse } from "./assess";
import { describe, expect, it } from "vitest";

import { LICENCES, licenceById } from "./licences";
import { LICENCE_KINDS, type Licence } from "./types";

const REQUIRED_IDS = [
  "Apache-2.0",
  "MIT",
  "BSD-3-Clause",
  "CC-BY-4.0",
  "CC-BY-SA-4.0",
  "CC-BY-NC-4.0",
  "CC-BY-NC-SA-4.0",
  "CC0-1.0",
  "ODC-By-1.0",
  "BigScience-BLOOM-RAIL-1.0",
  "CreativeML-OpenRAIL-M",
  "LicenseRef-Mistral-AI-Research-License",
  "LicenseRef-Open-Aleph-License",
  "LicenseRef-FLUX.1-dev-Non-Commercial",
] as const;

/** Ids required by the brief that are not on the SPDX list but have no LicenseRef- prefix. */
const LEGACY_NON_SPDX_IDS = new Set(["BigScience-BLOOM-RAIL-1.0", "CreativeML-OpenRAIL-M"]);

function get(id: string): Licence {
  const licence = LICENCES.find((l) => l.id === id);
  if (!licence) throw new Error(`licence ${id} is missing`);
  return licence;
}

const RESTRICTED_FAMILIES: readonly string[] = [
  // RAIL family
  "BigScience-BLOOM-RAIL-1.0",
  "LicenseRef-BigScience-OpenRAIL-M",
  "CreativeML-OpenRAIL-M",
  "LicenseRef-OpenRAIL-M",
  "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
  "LicenseRef-BigCode-OpenRAIL-M",
  // Llama, Gemma, FLUX dev, Mistral, Aleph Alpha
  ...LICENCES.filter((l) => l.id.includes("Llama")).map((l) => l.id),
  "LicenseRef-Gemma-Terms-of-Use",
  "LicenseRef-FLUX.1-dev-Non-Commercial",
  "LicenseRef-Mistral-AI-Research-License",
  "LicenseRef-Mistral-AI-Non-Production-License",
  "LicenseRef-Open-Aleph-License",
];

describe("the licence table", () => {
  it("has at least 45 licences", () => {
    expect(LICENCES.length).toBeGreaterThanOrEqual(45);
  });

  it("has unique ids, also ignoring case", () => {
    const ids = LICENCES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
  });

  it("uses SPDX-shaped ids, LicenseRef- for licences off the SPDX list", () => {
    for (const { id } of LICENCES) {
      expect(id, id).toMatch(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/);
      if (id.startsWith("LicenseRef-")) expect(id, id).toMatch(/^LicenseRef-[A-Za-z0-9.-]+$/);
    }
    expect(LICENCES.filter((l) => l.kind === "model" && !l.id.startsWith("LicenseRef-")).map((l) => l.id).sort()).toEqual(
      [...LEGACY_NON_SPDX_IDS].sort(),
    );
  });

  it("contains every required id", () => {
    for (const id of REQUIRED_IDS) expect(LICENCES.some((l) => l.id === id), id).toBe(true);
  });

  it("gives every licence a name, a kind, https urls and a review", () => {
    for (const l of LICENCES) {
      expect(l.name.trim(), l.id).not.toBe("");
      expect(LICENCE_KINDS, l.id).toContain(l.kind);
      for (const url of [l.url, l.sourceUrl]) {
        expect(url, l.id).toMatch(/^https:\/\//);
        expect(new URL(url).protocol, l.id).toBe("https:");
        expect(url, l.id).not.toMatch(/\s/);
      }
      expect(l.reviewed, l.id).toBe(true);
      if (l.note !== undefined) {
        expect(l.note.trim(), l.id).not.toBe("");
        expect(l.note.length, l.id).toBeLessThanOrEqual(320);
      }
    }
  });

  it("explains every model licence in a note", () => {
    for (const l of LICENCES.filter((x) => x.kind === "model")) expect(l.note, l.id).toBeTruthy();
  });

  it("is frozen", () => {
    expect(Object.isFrozen(LICENCES)).toBe(true);
    expect(Object.isFrozen(get("MIT"))).toBe(true);
  });
});

describe("flag consistency", () => {
  it.each(LICENCES.map((l) => [l.id, l] as const))("%s", (_id, l) => {
    if (l.nonCommercial) {
      expect(l.osiApproved).toBe(false);
      expect(l.openData).toBe(false);
    }
    if (l.noDerivatives) expect(l.openData).toBe(false);
    if (l.restrictsUse) {
      expect(l.osiApproved).toBe(false);
      expect(l.openData).toBe(false);
    }
    if (l.osiApproved) expect(l.kind).toBe("code");
  });

  it("marks the RAIL family, Llama, Gemma, FLUX dev, Mistral research and Open Aleph as restricted", () => {
    expect(RESTRICTED_FAMILIES.filter((id) => id.includes("Llama")).length).toBeGreaterThanOrEqual(6);
    for (const id of RESTRICTED_FAMILIES) {
      const l = get(id);
      expect(l.restrictsUse || l.nonCommercial, id).toBe(true);
      expect(l.osiApproved, id).toBe(false);
    }
  });

  it("marks every model licence as restricted one way or another (no open model-specific licence is listed yet)", () => {
    for (const l of LICENCES.filter((x) => x.kind === "model")) expect(restrictionsOnUse(l).length, l.id).toBeGreaterThan(0);
  });

  it("records the thresholds of the licences that set one (version 2, rule 5)", () => {
    const byId = (id: string) => LICENCES.find((l) => l.id === id)!;
    expect(byId("LicenseRef-Llama-3.1-Community-License").userCap).toBe(700_000_000);
    expect(byId("LicenseRef-Stability-AI-Community-License")).toMatchObject({ revenueCap: 1_000_000, revenueCapCurrency: "USD" });
    expect(byId("LicenseRef-Mistral-AI-Non-Production-License").nonProduction).toBe(true);
    for (const l of LICENCES) if (l.revenueCap != null) expect(l.revenueCapCurrency, l.id).toMatch(/^[A-Z]{3}$/);
  });

  it("marks research-only and non-commercial model licences as non-commercial", () => {
    for (const id of [
      "LicenseRef-Mistral-AI-Research-License",
      "LicenseRef-Mistral-AI-Non-Production-License",
      "LicenseRef-FLUX.1-dev-Non-Commercial",
      "LicenseRef-Open-Aleph-License",
      "LicenseRef-Qwen-Research-License",
    ]) {
      expect(get(id).nonCommercial, id).toBe(true);
    }
  });

  it("keeps Apache-2.0 and MIT unrestricted and OSI-approved", () => {
    for (const id of ["Apache-2.0", "MIT"]) {
      const l = get(id);
      expect(l.osiApproved, id).toBe(true);
      expect(l.restrictsUse, id).toBe(false);
      expect(l.nonCommercial, id).toBe(false);
      expect(l.noDerivatives, id).toBe(false);
      expect(l.shareAlike, id).toBe(false);
      expect(l.kind, id).toBe("code");
    }
  });

  it("counts the open-data licences of the Model Openness Framework as open data", () => {
    for (const id of [
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CC0-1.0",
      "CC-BY-4.0",
      "CC-BY-SA-4.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "PDDL-1.0",
      "etalab-2.0",
      "OpenMDW-1.0",
    ]) {
      expect(get(id).openData, id).toBe(true);
    }
  });

  it("does not count NC or ND Creative Commons licences as open data", () => {
    for (const id of ["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0"]) {
      expect(get(id).openData, id).toBe(false);
    }
    expect(get("CC-BY-ND-4.0").noDerivatives).toBe(true);
    expect(get("CC-BY-NC-ND-4.0")).toMatchObject({ nonCommercial: true, noDerivatives: true });
  });

  it("marks copyleft and share-alike licences", () => {
    for (const id of ["GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only", "MPL-2.0", "EUPL-1.2", "CC-BY-SA-4.0", "ODbL-1.0", "CDLA-Sharing-1.0"]) {
      expect(get(id).shareAlike, id).toBe(true);
    }
    for (const id of ["MIT", "Apache-2.0", "BSD-3-Clause", "CC-BY-4.0", "CC0-1.0", "ODC-By-1.0", "CDLA-Permissive-2.0"]) {
      expect(get(id).shareAlike, id).toBe(false);
    }
  });

  it("marks attribution where the licence asks for credit", () => {
    for (const id of ["CC-BY-4.0", "ODC-By-1.0", "MIT", "Apache-2.0"]) expect(get(id).attribution, id).toBe(true);
    for (const id of ["CC0-1.0", "PDDL-1.0", "Unlicense"]) expect(get(id).attribution, id).toBe(false);
  });
});

describe("licenceById", () => {
  it("finds every licence by its exact id", () => {
    for (const l of LICENCES) expect(licenceById(l.id)).toBe(l);
  });

  it("falls back to a case-insensitive match", () => {
    expect(licenceById("apache-2.0")?.id).toBe("Apache-2.0");
    expect(licenceById("cc-by-nc-4.0")?.id).toBe("CC-BY-NC-4.0");
    expect(licenceById("bigscience-bloom-rail-1.0")?.id).toBe("BigScience-BLOOM-RAIL-1.0");
    expect(licenceById("creativeml-openrail-m")?.id).toBe("CreativeML-OpenRAIL-M");
    expect(licenceById("licenseref-flux.1-dev-non-commercial")?.id).toBe("LicenseRef-FLUX.1-dev-Non-Commercial");
    expect(licenceById(" MIT ")?.id).toBe("MIT");
  });

  it("maps deprecated SPDX ids to the current ones", () => {
    expect(licenceById("GPL-3.0")?.id).toBe("GPL-3.0-only");
    expect(licenceById("gpl-2.0+")?.id).toBe("GPL-2.0-or-later");
    expect(licenceById("AGPL-3.0")?.id).toBe("AGPL-3.0-only");
  });

  it("returns undefined for unknown or empty ids", () => {
    expect(licenceById("")).toBeUndefined();
    expect(licenceById("   ")).toBeUndefined();
    expect(licenceById("not-a-licence")).toBeUndefined();
    expect(licenceById("Apache")).toBeUndefined();
    expect(licenceById("toString")).toBeUndefined();
    expect(licenceById("__proto__")).toBeUndefined();
  });
});
