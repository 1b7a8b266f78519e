import { getFormatter, getTranslations } from "next-intl/server";
import type { myApiTokens } from "@/lib/api-tokens/service";
import { DataTable } from "@/components/ui/data-table";
import { RevokeTokenForm } from "./revoke-token-form";

type Token = Awaited<ReturnType<typeof myApiTokens>>[number];

/** A person's tokens: what each is for, how it begins, when it was made and last used, and whether it still works. */
export async function TokenList({ tokens }: { tokens: Token[] }) {
  const [t, format] = [await getTranslations("account.tokens"), await getFormatter()];
  if (tokens.length === 0) return <p>{t("empty")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <DataTable
      testId="api-tokens"
      caption={t("caption")}
      columns={[t("columns.name"), t("columns.prefix"), t("columns.created"), t("columns.lastUsed"), t("columns.status"), <span key="actions" className="sr-only">{t("columns.actions")}</span>]}
    >
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
    </DataTable>
  );
}
