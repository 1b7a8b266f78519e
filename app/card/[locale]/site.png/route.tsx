import { catalogueFigures } from "@/lib/catalogue/models";
import { siteCardContent } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/share-image";

// The site's social card, for the home page, the lists and the other public pages: /card/<locale>/site.png.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  return cardResponse(locale, catalogueFigures, siteCardContent);
}

export const HEAD = GET;
