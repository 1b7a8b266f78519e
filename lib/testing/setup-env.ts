import { inject } from "vitest";

// Code under test reads DATABASE_URL (lib/db/client.ts): point it at this run's fresh database.
process.env.DATABASE_URL = inject("databaseUrl");
