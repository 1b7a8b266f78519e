import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `prisma generate` here; migrations run through
// scripts/db.ts (Prisma's WebAssembly schema engine), which reads the same paths.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
