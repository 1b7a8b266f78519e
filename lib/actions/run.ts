import "server-only";
// The one way server actions run: who is asking, from where, in which language; expected errors
// (AppError) become results the form can show, anything else is logged and answered UNEXPECTED
// without details. Next.js checks each action's Origin against the host (CSRF).
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { isAppError } from "../errors";
import { currentActor } from "../auth/session";
import { clientIp } from "../security/client-ip";
import type { Actor } from "../auth/roles";
import type { ActionResult } from "./result";

export type ActionContext = { actor: Actor | null; ip: string; locale: string };

export async function runAction<T>(handler: (context: ActionContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const context: ActionContext = { actor: await currentActor(), ip: clientIp(await headers()), locale: await getLocale() };
    return { ok: true, data: await handler(context) };
  } catch (error) {
    if (isAppError(error)) {
      const { fields, retryAfter, reason } = error.details;
      return { ok: false, error: { code: error.code, status: error.status, fields, retryAfter, reason } };
    }
    console.error("[atlas] server action failed:", error);
    return { ok: false, error: { code: "UNEXPECTED", status: 500 } };
  }
}
