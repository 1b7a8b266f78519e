"use client";
// The browser side of next-auth's endpoints: fetch a CSRF token (next-auth's double-submit cookie),
// then POST with json=true so the answer is `{ url }` instead of a redirect.

export type AuthPostResult =
  | { ok: true; url: string }
  | { ok: false; status: number; retryAfter?: number; error?: string; invalidFields?: string[] };

export async function authPost(path: string, params: Record<string, string>): Promise<AuthPostResult> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...params, csrfToken, json: "true" }),
  });
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("retry-after") ?? "") || undefined;
    // our own refusals are the API's JSON error (lib/api/error-response.ts): it names the fields at fault
    const body = (await response.json().catch(() => null)) as { error?: { details?: { field?: string }[] } } | null;
    const invalidFields = body?.error?.details?.flatMap((detail) => (detail.field ? [detail.field] : []));
    return { ok: false, status: response.status, retryAfter, invalidFields };
  }
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, window.location.href).searchParams.get("error");
  return error ? { ok: false, status: 200, error } : { ok: true, url };
}
