import "server-only";
// How fresh the published catalogue is, for HTTP validators on what is made from all of it (the
// exports): the catalogue version, which every statement that writes a catalogue table raises
// (migration catalogue_version), and the latest change of a model or organisation row.
import { db } from "../db/client";

export type CatalogueState = { version: string; lastModified: Date };

export async function catalogueState(): Promise<CatalogueState> {
  const [version, models, organisations] = await Promise.all([
    db().$queryRaw<{ version: string }[]>`SELECT "version"::text AS "version" FROM "CatalogueVersion" WHERE "id" = 1`,
    db().model.aggregate({ _max: { updatedAt: true } }),
    db().organisation.aggregate({ _max: { updatedAt: true } }),
  ]);
  const times = [models._max.updatedAt, organisations._max.updatedAt].filter((t): t is Date => t !== null).map((t) => t.getTime());
  return { version: version[0]?.version ?? "none", lastModified: new Date(times.length ? Math.max(...times) : 0) };
}
