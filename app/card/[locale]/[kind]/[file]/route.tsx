import { modelCard, organisationCard } from "@/lib/catalogue/publications";
import { modelCardContent, organisationCardContent } from "@/lib/og/cards";
import { cardResponse, cardSlug } from "@/lib/og/share-image";

// A model's or an organisation's social card: /card/<locale>/models/<slug>.png, /card/<locale>/organisations/<slug>.png.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; kind: string; file: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale, kind, file } = await params;
  const slug = cardSlug(file);
  if (kind === "models") return cardResponse(locale, async () => (slug ? modelCard(slug) : null), modelCardContent);
  return cardResponse(locale, async () => (slug && kind === "organisations" ? organisationCard(slug) : null), organisationCardContent);
}

export const HEAD = GET;
