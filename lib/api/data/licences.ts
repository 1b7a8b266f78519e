import "server-only";
import { db } from "../../db/client";
import { licenceJson } from "./models";

export async function allLicences() {
  const rows = await db().licence.findMany({ orderBy: { id: "asc" } });
  return rows.map(licenceJson);
}
