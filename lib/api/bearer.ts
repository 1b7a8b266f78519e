// Who a write comes from: the personal API token in `Authorization: Bearer …` (RFC 6750). The API
// never reads cookies, so a page on another site cannot act for a signed-in visitor: it would need
// the token itself. A missing, malformed, unknown or revoked token is the same 401 to the caller.
import type { Actor } from "../auth/roles";
import { actorForApiToken } from "../api-tokens/service";
import { bearerToken } from "../api-tokens/tokens";
import { ApiError } from "./errors";

const REALM = 'Bearer realm="Libre Atlas API"';

export async function bearerActor(authorization: string | null): Promise<Actor> {
  const credentials = bearerToken(authorization);
  if (credentials.kind === "missing") {
    // RFC 6750 §3.1: no error code when the request carried no credentials
    throw new ApiError(401, "UNAUTHORIZED", "Send a personal API token: Authorization: Bearer <token>. Make one on your account's API tokens page.", [], {
      "www-authenticate": REALM,
    });
  }
  const actor = credentials.kind === "token" ? await actorForApiToken(credentials.token) : null;
  if (!actor) {
    throw new ApiError(401, "UNAUTHORIZED", "This API token is not valid: it is unknown, mistyped or revoked.", [], {
      "www-authenticate": `${REALM}, error="invalid_token", error_description="The token is unknown or revoked"`,
    });
  }
  return actor;
}
