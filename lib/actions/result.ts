// What every server action returns: the data, or an expected error the form can show. Shared by
// the server (lib/actions/run.ts) and the client components that read it.
import type { ErrorCode, FieldErrors } from "../errors";

export type ActionError = {
  code: ErrorCode | "UNEXPECTED";
  status: number;
  fields?: FieldErrors;
  retryAfter?: number;
  reason?: string;
};

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
