import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS, apiSubmissionEnvelope, SUBMISSION_EXAMPLE } from "./operations";
import { submissionSchemas } from "../validation/submissions";
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

describe("POST /api/v1/submissions in the document", () => {
  const document = openApiDocument("https://atlas.example");
  const post = document.paths?.["/api/v1/submissions"]?.post;

  it("needs a bearer token, takes the submission as JSON, and lists its answers", () => {
    expect(document.components?.securitySchemes?.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(post?.security).toEqual([{ apiToken: [] }]);
    expect(Object.keys(post?.responses ?? {}).sort()).toEqual(["201", "400", "401", "404", "413", "415", "429"]);
    const body = post?.requestBody as { required: boolean; content: Record<string, { schema: unknown }> };
    expect(body.required).toBe(true);
    expect(body.content["application/json"]?.schema).toEqual({ $ref: "#/components/schemas/SubmissionRequest" });
    // one shape per kind, each payload documented from the form's own schema
    const request = document.components?.schemas?.SubmissionRequest as { oneOf: { properties: { kind: { const: string }; payload: { required?: string[] } }; required: string[] }[] };
    expect(request.oneOf.map((o) => o.properties.kind.const).sort()).toEqual(Object.keys(submissionSchemas).sort());
    const newOrganisation = request.oneOf.find((o) => o.properties.kind.const === "new_organisation")!;
    // required: what the server refuses without; optional: what it accepts missing
    expect(newOrganisation.properties.payload.required?.sort()).toEqual(["country", "description", "name", "sources", "type"]);
    expect(request.oneOf.find((o) => o.properties.kind.const === "edit_model")!.required).toContain("target");
  });

  it("has an example body the server accepts", () => {
    expect(apiSubmissionEnvelope.safeParse(SUBMISSION_EXAMPLE).success).toBe(true);
    expect(submissionSchemas.new_organisation.safeParse(SUBMISSION_EXAMPLE.payload).error).toBeUndefined();
  });
});


describe("the OpenAPI document under Redocly's recommended rules", () => {
  it("has no error and no warning", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-openapi-"));
    try {
      const file = path.join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(openApiDocument()));
      // Redocly's own CLI, offline: no telemetry, no update check
      const run = spawnSync(process.execPath, [path.join(root, "node_modules/@redocly/cli/bin/cli.js"), "lint", "--extends=recommended", "--format=json", file], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        timeout: 60_000,
      });
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
      expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
