import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS } from "./operations";
import { modelQueryFields } from "../validation/catalogue";

const root = path.resolve(import.meta.dirname, "../..");

/** Route files under a folder of app/, as URL paths with their dynamic segments. */
function routePaths(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(`/${path.relative(path.join(root, "app"), dir).split(path.sep).join("/")}`);
    }
  };
  walk(path.join(root, "app", folder));
  return found;
}

/** A route path as a pattern: `[slug]` stands for any one segment, or part of one (`{slug}.svg`). */
function routePattern(route: string): RegExp {
  const source = route
    .split("/")
    .map((segment) => (/^\[.+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("https://atlas.example");

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route of the API and of the badges, and nothing that no route serves", () => {
    const routes = [...routePaths("api/v1"), ...routePaths("badge")];
    const documented = Object.keys(document.paths ?? {});
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      expect(documented.some((p) => routePattern(route).test(p)), `${route} is not in the OpenAPI document`).toBe(true);
    }
    for (const documentedPath of documented) {
      expect(routes.some((route) => routePattern(route).test(documentedPath)), `${documentedPath} has no route`).toBe(true);
    }
  });

  it("names every operation once, with its parameters and error answers", () => {
    const ids = API_OPERATIONS.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const getOrganisations = document.paths?.["/api/v1/organisations"]?.get;
    const parameters = (getOrganisations?.parameters ?? []) as { name: string; in: string }[];
    expect(parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
      ["query:country", "query:cursor", "query:limit", "query:q", "query:sme", "query:type"].sort(),
    );
    expect(Object.keys(getOrganisations?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "429"]));
    expect(JSON.stringify(document.components?.schemas?.Error)).toContain("details");
    // the model list takes the /models page's parameters, a cursor instead of its page number
    const listModels = (document.paths?.["/api/v1/models"]?.get?.parameters ?? []) as { name: string; in: string }[];
    expect(listModels.map((p) => p.name).sort()).toEqual([...Object.keys(modelQueryFields.shape), "cursor", "limit"].sort());
  });
});
