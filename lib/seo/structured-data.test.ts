import { describe, expect, it } from "vitest";
import type { Organization, SoftwareApplication } from "schema-dts";
import type { ModelDetail } from "../catalogue/models";
import { isIdentityPage, modelStructuredData, openDataStructuredData, organisationStructuredData } from "./structured-data";

const ORIGIN = "https://atlas.example";

const model = {
  slug: "lucie-7b",
  name: "Lucie-7B",
  description: "A model.",
  version: null,
  releaseDate: null,
  releaseYear: 2024,
  languages: ["fr", "en"],
  modelCardUrl: "https://huggingface.co/OpenLLM-France/Lucie-7B",
  codeUrl: "https://github.com/OpenLLM-France/Lucie-Training",
  paperUrl: "https://arxiv.org/abs/2503.12294",
  dataUrl: "https://huggingface.co/datasets/OpenLLM-France/Lucie-Training-Dataset",
  facts: { licences: { weights: [{ url: "https://www.apache.org/licenses/LICENSE-2.0" }], code: [{ url: "https://www.gnu.org/licenses/agpl-3.0.html" }], data: [] } },
  grade: "B",
  score: 71.875,
  organisations: [{ organisation: { slug: "linagora", name: "LINAGORA", country: "FR" } }],
} as unknown as ModelDetail;

describe("a model's schema.org data", () => {
  const data = modelStructuredData(model, ORIGIN, "fr") as unknown as Record<string, unknown>;

  it("names its page: url and @id", () => {
    expect(data.url).toBe(`${ORIGIN}/fr/models/lucie-7b`);
    expect(data["@id"]).toBe(`${ORIGIN}/fr/models/lucie-7b#model`);
  });

  it("puts the paper in citation, the code in a SoftwareSourceCode's codeRepository, and only the model card in sameAs", () => {
    expect(data.sameAs).toBe(model.modelCardUrl);
    expect(data.citation).toEqual({ "@type": "ScholarlyArticle", url: model.paperUrl });
    expect(data.hasPart).toEqual({ "@type": "SoftwareSourceCode", codeRepository: model.codeUrl, license: "https://www.gnu.org/licenses/agpl-3.0.html" });
    expect(data.isBasedOn).toMatchObject({ "@type": "Dataset", url: model.dataUrl });
  });

  it("gives the openness grade and score as a Review's Rating, not as properties SoftwareApplication does not have", () => {
    expect(data).not.toHaveProperty("additionalProperty");
    expect(data.review).toMatchObject({
      "@type": "Review",
      reviewAspect: "openness",
      reviewRating: { "@type": "Rating", ratingValue: 72, bestRating: 100, worstRating: 0, alternateName: "B" },
      author: { "@type": "Organization", name: "Libre Atlas" },
    });
    // its creators are the organisations' own entities, by @id
    expect(data.creator).toEqual([expect.objectContaining({ "@id": `${ORIGIN}/fr/organisations/linagora#organisation`, name: "LINAGORA" })]);
  });

  it("is typed by schema.org's vocabulary, which has no additionalProperty or codeRepository on SoftwareApplication", () => {
    const wrong: SoftwareApplication[] = [
      // @ts-expect-error additionalProperty's domain is Product, Place and the like, not SoftwareApplication
      { "@type": "SoftwareApplication", additionalProperty: [] },
      // @ts-expect-error codeRepository belongs to SoftwareSourceCode
      { "@type": "SoftwareApplication", codeRepository: "https://github.com/x/y" },
    ];
    expect(wrong).toHaveLength(2);
  });
});

describe("an organisation's schema.org data", () => {
  const organisation = {
    slug: "pleias",
    name: "Pleias",
    description: "A start-up.",
    website: "https://pleias.fr",
    country: "FR",
    foundedYear: 2023,
    sources: ["https://pleias.fr", "https://huggingface.co/PleIAs", "https://huggingface.co/PleIAs/Pleias-3b-Preview", "https://huggingface.co/datasets/PleIAs", "https://arxiv.org/abs/2506.01732", "https://github.com/CompVis"],
  };
  const data = organisationStructuredData(organisation, ORIGIN, "en") as Exclude<Organization, string>;

  it("lists in sameAs only the pages that stand for the organisation, never a model's repository", () => {
    expect(data.sameAs).toEqual(["https://huggingface.co/PleIAs", "https://github.com/CompVis"]);
    expect(data.url).toBe("https://pleias.fr");
    expect(data["@id"]).toBe(`${ORIGIN}/organisations/pleias#organisation`);
    expect(data.mainEntityOfPage).toBe(`${ORIGIN}/organisations/pleias`);
  });

  it("tells identity pages from works", () => {
    expect(isIdentityPage("https://www.cineca.it/")).toBe(true);
    expect(isIdentityPage("https://en.wikipedia.org/wiki/Mistral_AI")).toBe(true);
    expect(isIdentityPage("https://www.linkedin.com/company/mistralai")).toBe(true);
    expect(isIdentityPage("https://huggingface.co/mistralai/Mistral-7B-v0.1")).toBe(false);
    expect(isIdentityPage("https://github.com/mistralai/mistral-inference")).toBe(false);
    expect(isIdentityPage("https://mistral.ai/news/announcing-mistral-7b")).toBe(false);
    expect(isIdentityPage("not a url")).toBe(false);
  });
});

describe("the open data's schema.org data", () => {
  it("is a catalogue of Datasets, each under CC-BY-4.0 with its CSV and JSON downloads", () => {
    const texts = {
      catalogName: "Libre Atlas open data",
      catalogDescription: "All of it.",
      names: { models: "Models", organisations: "Organisations" },
      descriptions: { models: "Every model.", organisations: "Every organisation." },
    };
    const data = openDataStructuredData(ORIGIN, "en", texts, new Date("2025-01-01T00:00:00Z")) as unknown as Record<string, unknown>;
    expect(data["@type"]).toBe("DataCatalog");
    const datasets = data.dataset as Record<string, unknown>[];
    expect(datasets.map((d) => d.name)).toEqual(["Models", "Organisations"]);
    for (const dataset of datasets) {
      expect(dataset).toMatchObject({ "@type": "Dataset", license: "https://creativecommons.org/licenses/by/4.0/", isAccessibleForFree: true, dateModified: "2025-01-01T00:00:00.000Z" });
      expect(dataset.distribution).toEqual([
        { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: expect.stringMatching(/^https:\/\/atlas\.example\/api\/v1\/export\/\w+\.csv$/) },
        { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: expect.stringMatching(/^https:\/\/atlas\.example\/api\/v1\/export\/\w+\.json$/) },
      ]);
    }
  });
});
