import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "postgresql" | "embedded";
    /** the PostgreSQL server given to the run (DATABASE_URL), or "" */
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  project.provide("serverUrl", process.env.DATABASE_URL ?? "");
  return () => database.dispose();
}
