// The database a command-line tool works on: DATABASE_URL's, or the embedded one under
// ATLAS_DATA_DIR (stop `npm start` first: the embedded database has one owner at a time).
import path from "node:path";
import type { Env } from "../env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

export async function withScriptDatabase<T>(env: Pick<Env, "DATABASE_URL" | "ATLAS_DATA_DIR">, run: (url: string) => Promise<T>): Promise<T> {
  let embedded: EmbeddedDatabase | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: path.resolve(env.ATLAS_DATA_DIR, "pglite") });
    url = embedded.url;
  }
  try {
    return await run(url);
  } finally {
    await embedded?.stop();
  }
}
