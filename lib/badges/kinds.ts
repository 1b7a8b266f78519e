// Badge vocabulary without the renderer, so client components can use it.
export const BADGE_KINDS = ["models", "organisations"] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export const BADGE_STYLES = ["flat", "flat-square", "plastic", "for-the-badge"] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];
