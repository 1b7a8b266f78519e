import { getTranslations, setRequestLocale } from "next-intl/server";
import { userForPage } from "@/lib/auth/pages";

export default async function MySubmissionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await userForPage();
  const t = await getTranslations("account.submissions");
  return (
    <section aria-labelledby="my-submissions-title">
      <h1 id="my-submissions-title" className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("empty")}</p>
    </section>
  );
}
