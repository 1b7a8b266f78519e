// Which parts of the message catalogue client components read (lib/i18n/client-messages.tsx sends
// only these to the browser). client-namespaces.test.ts reads the client components to keep it true.

/**
 * Public pages send none: their few client components (the language switch, the embed panel's
 * controls, the error page, the sign-out button, the 401 page's sign-in form) get their words from
 * the server as props, so a
 * public page loads neither messages nor next-intl's formatter (issue 17, point 9).
 */
export const PUBLIC_CLIENT_MESSAGES = [] as const;
/** The account, submission and moderation areas wrap their pages in a provider with the forms' words. */
export const ACCOUNT_CLIENT_MESSAGES = ["auth.roles", "submit", "openness", "moderation.review", "moderation.licences", "admin.users", "account.tokens"] as const;
