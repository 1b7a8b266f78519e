import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { userForPage } from "@/lib/auth/pages";
import { myApiTokens } from "@/lib/api-tokens/service";
import { API_TOKEN_LIMITS } from "@/lib/validation/api-tokens";
import { PageHeader } from "@/components/submissions/page-header";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.tokens" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ApiTokensPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const actor = await userForPage();
  const t = await getTranslations("account.tokens");
  const tokens = await myApiTokens(actor);
  return (
    <section aria-labelledby="tokens-title">
      <PageHeader id="tokens-title" title={t("title")} intro={t("intro")}>
        <p className="mt-3">
          <Link href="/api#createSubmission" className="font-medium text-atlas-700 underline">{t("docs")}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="create-token-title" className="mb-8">
        <h2 id="create-token-title" className="text-2xl font-semibold">{t("createTitle")}</h2>
        <p className="mb-3 text-slate-700">{t("limit", { max: API_TOKEN_LIMITS.activePerUser })}</p>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title" className="mb-3 text-2xl font-semibold">{t("listTitle")}</h2>
        <TokenList tokens={tokens} />
      </section>
    </section>
  );
}
