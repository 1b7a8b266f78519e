import { getTranslations } from "next-intl/server";
import { API_OPERATIONS } from "@/lib/api/operations";
import type { ApiOperation } from "@/lib/api/operation";
import { createSubmission, SUBMISSION_EXAMPLE } from "@/lib/api/operations";
import { LIMITS, RATE_LIMITS } from "@/lib/security/rate-limit";
import { Link } from "@/lib/i18n/server-link";
import { latestModels } from "@/lib/catalogue/search";
import { requestOrigin } from "@/lib/server/request-origin";
import { getPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { EmbedPanel } from "@/components/embed/embed-panel";

const TAGS: readonly ApiOperation["tag"][] = ["Catalogue", "Submissions", "Methodology", "Badges", "Open data", "Meta"];

function parameters(operation: ApiOperation) {
  return [
    ...Object.keys(operation.pathParams?.shape ?? {}).map((name) => ({ name, where: "path" as const })),
    ...Object.keys(operation.query?.shape ?? {}).map((name) => ({ name, where: "query" as const })),
  ];
}

/** The human-readable API reference: the same operations the OpenAPI document is generated from. */
export async function ApiReference({ locale }: { locale: Locale }) {
  const t = await getTranslations("apiDocs");
  const origin = await requestOrigin();
  const [example] = await latestModels(1);
  // a parameter's words, unless this operation gives the name another meaning (listModels' lang)
  const parameterWords = (operationId: string, name: string) => {
    const own = `operationParameters.${operationId}.${name}` as "parameters.slug";
    return t.has(own) ? t(own) : t(`parameters.${name}` as "parameters.slug");
  };
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold text-atlas-900">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <p className="mt-3 max-w-3xl text-slate-700">
          {t("openapi")}{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-atlas-700 underline">{t("openapiLink")}</a>
        </p>
      </header>

      <section aria-labelledby="api-conventions">
        <h2 id="api-conventions" className="text-2xl font-semibold">{t("conventionsTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("conventions.errors")}</li>
          <li>{t("conventions.rateLimit", { limit: RATE_LIMITS.api.max, exportLimit: RATE_LIMITS.export.max })}</li>
          <li>{t("conventions.caching")}</li>
          <li>{t("conventions.pagination")}</li>
        </ul>
      </section>

      <section aria-labelledby="api-endpoints" className="space-y-6">
        <h2 id="api-endpoints" className="text-2xl font-semibold">{t("endpointsTitle")}</h2>
        {TAGS.map((tag) => (
          <section key={tag} aria-labelledby={`api-tag-${tag.replace(/\s/g, "-")}`}>
            <h3 id={`api-tag-${tag.replace(/\s/g, "-")}`} className="text-xl font-semibold">{t(`tags.${tag}`)}</h3>
            <ul className="mt-2 space-y-4">
              {API_OPERATIONS.filter((operation) => operation.tag === tag).map((operation) => {
                const params = parameters(operation);
                return (
                  <li key={operation.operationId} id={operation.operationId} className="rounded border border-slate-200 p-3">
                    <p className="font-mono text-sm">
                      <span className="mr-2 rounded bg-atlas-100 px-1.5 py-0.5 font-bold text-atlas-900">{operation.method.toUpperCase()}</span>
                      <code className="break-all">{operation.path}</code>
                    </p>
                    <p className="mt-1 text-slate-800">{t(`operations.${operation.operationId}` as "operations.getModel")}</p>
                    {operation.security === "bearer" && (
                      <p className="mt-1 text-sm text-slate-700">
                        {t("tokenRequired")} <a href="#api-submit" className="text-atlas-700 underline">{t("submit.title")}</a>
                      </p>
                    )}
                    {params.length > 0 && (
                      <div className="mt-2 overflow-x-auto">
                      <table className="w-full text-left text-sm">
                        <caption className="sr-only">{t("parametersCaption", { path: operation.path })}</caption>
                        <thead>
                          <tr className="border-b border-slate-200">
                            <th scope="col" className="py-1 pr-3">{t("parameter")}</th>
                            <th scope="col" className="py-1 pr-3">{t("where")}</th>
                            <th scope="col" className="py-1">{t("description")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {params.map((param) => (
                            <tr key={`${param.where}-${param.name}`} className="border-b border-slate-100 align-top">
                              <td className="py-1 pr-3 font-mono">{param.name}</td>
                              <td className="py-1 pr-3">{t(`in.${param.where}`)}</td>
                              <td className="py-1">{parameterWords(operation.operationId, param.name)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      {example && (
        <section aria-labelledby="api-badges" className="space-y-3">
          <h2 id="api-badges" className="text-2xl font-semibold">{t("badgesTitle")}</h2>
          <p className="text-slate-700">{t("badgesIntro", { name: example.name })}</p>
          <EmbedPanel
            kind="models"
            slug={example.slug}
            name={example.name}
            pageUrl={`${origin}${getPathname({ href: `/models/${example.slug}`, locale })}`}
          />
        </section>
      )}

      <section aria-labelledby="api-submit" className="space-y-3">
        <h2 id="api-submit" className="text-2xl font-semibold">{t("submit.title")}</h2>
        <p className="max-w-3xl text-slate-700">
          {t("submit.intro")} <Link href="/account/tokens" className="font-medium text-atlas-700 underline">{t("submit.tokensLink")}</Link>
        </p>
        <p className="max-w-3xl text-slate-700">{t("submit.answer")}</p>
        <p className="max-w-3xl text-slate-700">
          {t("submit.errors", { size: createSubmission.requestBody.maxBytes / 1024, perUser: LIMITS.submissionsPerUser.max })}
        </p>
        <figure>
          <figcaption className="font-medium">{t("submit.example")}</figcaption>
          <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50" data-testid="submit-example">
            <code>{curlExample(origin)}</code>
          </pre>
        </figure>
        <figure>
          <figcaption className="font-medium">{t("submit.exampleAnswer")}</figcaption>
          <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50">
            <code>{answerExample(origin)}</code>
          </pre>
        </figure>
      </section>
    </article>
  );
}

/** The curl command that sends the documentation's example body; the token is read from the environment. */
function curlExample(origin: string): string {
  // a quoted here-document: the JSON goes as written, quotes included
  const body = JSON.stringify(SUBMISSION_EXAMPLE, null, 2);
  return [
    `curl -X POST ${origin}${createSubmission.path} \\`,
    `  -H "Authorization: Bearer $ATLAS_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  --data-binary @- <<'JSON'`,
    body,
    "JSON",
  ].join("\n");
}

function answerExample(origin: string): string {
  const id = "cm0example0000000000000";
  return [
    "HTTP/1.1 201 Created",
    `Location: ${origin}/account/submissions/${id}`,
    "",
    JSON.stringify({ id, kind: SUBMISSION_EXAMPLE.kind, status: "pending", revision: 1, url: `${origin}/account/submissions/${id}` }, null, 2),
  ].join("\n");
}
