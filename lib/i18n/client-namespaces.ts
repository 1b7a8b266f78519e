// Which parts of the message catalogue client components read (lib/i18n/client-messages.tsx sends
// only these to the browser). client-namespaces.test.ts reads the client components to keep it true.

/** Namespaces (or "namespace.key" paths) read by client components on public pages. */
export const PUBLIC_CLIENT_MESSAGES = ["localeSwitcher", "error", "embed", "auth.menu"] as const;
/** ...and in the account, submission and moderation areas (and the 401 page's sign-in form). */
export const ACCOUNT_CLIENT_MESSAGES = [...PUBLIC_CLIENT_MESSAGES, "auth", "submit", "openness", "moderation.review", "moderation.licences", "admin.users", "account.tokens"] as const;
