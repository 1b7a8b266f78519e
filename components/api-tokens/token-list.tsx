import { getFormatter, getTranslations } from "next-intl/server";
import type { myApiTokens } from "@/lib/api-tokens/service";
import { RevokeTokenForm } from "./revoke-token-form";

type Token = Awaited<ReturnType<typeof myApiTokens>>[number];

/** A person's tokens: what each is for, how it begins, when it was made and last used, and whether it still works. */
export async function TokenList({ tokens }: { tokens: Token[] }) {
  const [t, format] = [await getTranslations("account.tokens"), await getFormatter()];
  if (tokens.length === 0) return <p>{t("empty")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="api-tokens">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-3">{t("columns.name")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.prefix")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.created")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.lastUsed")}</th>
            <th scope="col" className="py-2 pr-3">{t("columns.status")}</th>
            <th scope="col" className="py-2"><span className="sr-only">{t("columns.actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={`border-b border-slate-200 align-top ${token.revokedAt ? "text-slate-600" : ""}`}>
              <th scope="row" className="py-2 pr-3 font-medium"><bdi>{token.name}</bdi></th>
              <td className="py-2 pr-3 font-mono">{token.prefix ? `${token.prefix}…` : "—"}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{when(token.createdAt)}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{token.lastUsedAt ? when(token.lastUsedAt) : t("never")}</td>
              <td className="py-2 pr-3">{token.revokedAt ? t("revokedOn", { date: when(token.revokedAt) }) : t("active")}</td>
              <td className="py-2">
                <RevokeTokenForm id={token.id} name={token.name} revoked={Boolean(token.revokedAt)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
