import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ModelSummary } from "@/lib/catalogue/models";
import { GradeBadge } from "./grade-badge";

export async function ModelList({ models }: { models: ModelSummary[] }) {
  const t = await getTranslations("models");
  if (models.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="model-list">
      {models.map((model) => (
        <li key={model.slug} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div>
            <Link href={`/models/${model.slug}`} className="text-lg font-semibold text-atlas-700 underline">
              {model.name}
            </Link>
            <p className="text-sm text-slate-700">
              {model.organisations.map((o) => o.organisation.name).join(", ")}
              {model.releaseYear ? ` · ${model.releaseYear}` : ""}
              {model.languages.length ? ` · ${t("languageCount", { count: model.languages.length })}` : ""}
            </p>
          </div>
          <div className="flex items-center gap-4">
            <GradeBadge grade={model.grade} complete={model.gradeComplete} />
            {model.score !== null && (
              <span className="tabular-nums text-slate-800">{t("score", { score: Math.round(model.score) })}</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
