import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { MODEL_VIEWS, type ModelView } from "@/lib/validation/catalogue";

/** List or table: two links to the same results, the current one marked. */
export async function ViewSwitch({ view, href }: { view: ModelView; href: (view: ModelView) => string }) {
  const t = await getTranslations("catalogue.view");
  return (
    <nav aria-label={t("label")} data-testid="view-switch">
      <ul className="inline-flex overflow-hidden rounded border border-atlas-700 text-sm font-semibold">
        {MODEL_VIEWS.map((option) => (
          <li key={option} className="border-atlas-700 not-first:border-l">
            <Link
              href={href(option)}
              aria-current={option === view ? "page" : undefined}
              className={`inline-block px-3 py-1.5 ${option === view ? "bg-atlas-700 text-white" : "text-atlas-700 hover:bg-atlas-100"}`}
            >
              {t(option)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
