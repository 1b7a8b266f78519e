// What the catalogue holds that a Hub model's pre-fill links to: the model itself and its base
// models, found by their model card's address on the Hub, and the organisations whose published
// models live under the same owner on the Hub.
import type { PrismaClient } from "../db/prisma";
import type { HubModel } from "./hub";
import { baseModels, type CatalogueLookups } from "./prefill";
import { HUB_SITE, hubIdOfUrl, hubModelUrl } from "./repo-id";

type Tx = Pick<PrismaClient, "model">;

/** Published models whose model card is one of these Hub models' pages, by id in lower case. */
export async function catalogueModelsByHubId(tx: Tx, ids: readonly string[]): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const urls = ids.flatMap((id) => [hubModelUrl(id), `${hubModelUrl(id)}/`]);
  const rows = await tx.model.findMany({
    where: { status: "published", OR: urls.map((url) => ({ modelCardUrl: { equals: url, mode: "insensitive" as const } })) },
    select: { slug: true, name: true, modelCardUrl: true },
    orderBy: { createdAt: "asc" },
  });
  const found = new Map<string, { slug: string; name: string }>();
  for (const row of rows) {
    const id = hubIdOfUrl(row.modelCardUrl)?.toLowerCase();
    if (id && !found.has(id)) found.set(id, { slug: row.slug, name: row.name });
  }
  return found;
}

/** The main organisations of the published models under `owner` on the Hub. */
export async function organisationsOfHubOwner(tx: Tx, owner: string): Promise<{ slug: string; name: string }[]> {
  const rows = await tx.model.findMany({
    where: { status: "published", modelCardUrl: { startsWith: `${HUB_SITE}/${owner}/`, mode: "insensitive" } },
    select: { modelCardUrl: true, organisations: { orderBy: { position: "asc" }, take: 1, select: { organisation: { select: { slug: true, name: true, status: true } } } } },
    take: 200,
  });
  const bySlug = new Map<string, { slug: string; name: string }>();
  // LIKE reads "_" as any character: keep the models whose owner is this one exactly
  const under = rows.filter((row) => hubIdOfUrl(row.modelCardUrl)?.split("/")[0]?.toLowerCase() === owner.toLowerCase());
  for (const { organisation } of under.flatMap((row) => row.organisations)) {
    if (organisation.status === "published") bySlug.set(organisation.slug, { slug: organisation.slug, name: organisation.name });
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function catalogueLookups(tx: Tx, model: HubModel): Promise<CatalogueLookups> {
  const [modelsByHubId, organisationsOfOwner] = await Promise.all([
    catalogueModelsByHubId(tx, [model.id, ...baseModels(model).ids]),
    organisationsOfHubOwner(tx, model.id.split("/")[0]!),
  ]);
  return { modelsByHubId, organisationsOfOwner };
}
