import { getTranslations, setRequestLocale } from "next-intl/server";
import { publishedModels } from "@/lib/catalogue/models";
import { ModelList } from "@/components/models/model-list";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const models = await publishedModels();
  return (
    <>
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </section>
      <section aria-labelledby="models-title">
        <h2 id="models-title" className="mb-4 text-2xl font-semibold">{t("modelsTitle", { count: models.length })}</h2>
        <ModelList models={models} />
      </section>
    </>
  );
}
