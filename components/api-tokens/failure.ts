import type { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/actions/result";
import { API_TOKEN_LIMITS } from "@/lib/validation/api-tokens";

/** What went wrong with a token form, in the reader's language. */
export function tokenFailure(t: ReturnType<typeof useTranslations<"account.tokens">>, error: ActionError): string {
  if (error.reason === "tooManyTokens") return t("failure.tooManyTokens", { max: API_TOKEN_LIMITS.activePerUser });
  if (error.code === "RATE_LIMITED") return t("failure.RATE_LIMITED", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
  if (error.code === "NOT_FOUND" || error.code === "UNAUTHENTICATED") return t(`failure.${error.code}`);
  return t("failure.UNEXPECTED");
}
