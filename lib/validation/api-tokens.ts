// Personal API tokens: what the account page's forms send, checked the same way by the server actions.
import { z } from "zod";
import { line, recordId } from "./fields";

export const API_TOKEN_LIMITS = {
  /** a person's active (not revoked) tokens; revoke one to make another */
  activePerUser: 10,
  nameLength: 60,
} as const;

export const createApiTokenRequest = z.object({
  /** what the token is for, so its owner can tell tokens apart ("CI of my lab") */
  name: line(API_TOKEN_LIMITS.nameLength, 1),
});

export const revokeApiTokenRequest = z.object({ id: recordId });

export type CreateApiTokenRequest = z.input<typeof createApiTokenRequest>;
