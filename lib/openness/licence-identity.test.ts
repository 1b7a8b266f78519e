import { describe, expect, it } from "vitest";
import { identifyLicence, normaliseLicenceName, normaliseLicenceUrl } from "./licence-identity";
import { LICENCES } from "./licences";

describe("licence identity (version 2, rule 4)", () => {
  it("spells every web address of one licence text the same way", () => {
    const forms = [
      "https://huggingface.co/google/gemma-2-9b/blob/main/LICENSE",
      "http://www.huggingface.co/google/gemma-2-9b/resolve/main/LICENSE",
      "https://huggingface.co/google/gemma-2-9b/raw/0f7a3c1/LICENSE.md",
      "https://hf.co/google/gemma-2-9b/blob/main/LICENSE/",
    ];
    expect(new Set(forms.map(normaliseLicenceUrl))).toEqual(new Set(["huggingface.co/google/gemma-2-9b/license"]));
    expect(normaliseLicenceUrl("https://raw.githubusercontent.com/meta-llama/llama3/main/LICENSE")).toBe(
      normaliseLicenceUrl("https://github.com/meta-llama/llama3/blob/main/LICENSE"),
    );
    expect(normaliseLicenceUrl("https://ai.google.dev/gemma/terms?hl=fr#section")).toBe("ai.google.dev/gemma/terms");
    expect(normaliseLicenceUrl("not a url")).toBeNull();
    expect(normaliseLicenceUrl("ftp://example.org/licence")).toBeNull();
  });

  it("spells a licence's name one way", () => {
    expect(normaliseLicenceName("Apache License, Version 2.0")).toBe(normaliseLicenceName("apache licence v2.0"));
    expect(normaliseLicenceName("Gemma Terms of Use")).toBe(normaliseLicenceName("  GEMMA terms-of-use "));
    expect(normaliseLicenceName("Licence Ouverte")).toBe(normaliseLicenceName("licence ouverte"));
  });

  it("finds the known licence a 'new' one is: by SPDX id, address or name", () => {
    const gemma = LICENCES.find((licence) => licence.id === "LicenseRef-Gemma-Terms-of-Use")!;
    expect(identifyLicence({ id: "apache-2.0" }, LICENCES)).toMatchObject({ licence: { id: "Apache-2.0" }, by: "id" });
    expect(identifyLicence({ id: "GPL-3.0" }, LICENCES)).toMatchObject({ licence: { id: "GPL-3.0-only" }, by: "id" });
    expect(identifyLicence({ id: "LicenseRef-my-gemma", name: "My terms", url: "https://www.ai.google.dev/gemma/terms/" }, LICENCES)).toEqual({ licence: gemma, by: "url" });
    expect(identifyLicence({ id: "LicenseRef-x", name: "gemma terms of use", url: "https://example.org/x" }, LICENCES)).toEqual({ licence: gemma, by: "name" });
    expect(identifyLicence({ id: "LicenseRef-Brand-New", name: "Brand New Licence", url: "https://example.org/brand-new" }, LICENCES)).toBeNull();
  });
});
