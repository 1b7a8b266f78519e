// What a badge says and how it is drawn: pure functions, shared by the SVG route, the proxy's fast
// path and the shields.io endpoint, so the three always agree. Drawn by badge-maker (shields.io's
// own renderer), which measures Verdana-11 text, adds role="img", aria-label and <title>, and
// XML-escapes every value.
import type { G7Label } from "../openness/g7";
import { makeBadge } from "badge-maker";
import { z } from "zod";
import { GRADE_DISPLAY, NO_GRADE_DISPLAY } from "../openness/grades";
import { ENGLISH_OPENNESS, opennessMessage } from "../openness/explain";
import { GRADES, type Grade } from "../openness/types";

import { BADGE_STYLES } from "./kinds";

export { BADGE_KINDS, BADGE_STYLES, type BadgeKind, type BadgeStyle } from "./kinds";

export const DEFAULT_BADGE_LABEL = "openness";
export const MAX_BADGE_LABEL_LENGTH = 64;

/** Slugs as the catalogue writes them: lowercase letters, digits, dots and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?$/;
export const slugSchema = z.string().regex(SLUG_PATTERN, "must be a catalogue slug (lowercase letters, digits, dots and hyphens)");

/** The badge's query parameters. Others are ignored, as shields.io does (READMEs add cache-busters). */
export const badgeQuerySchema = z.object({
  label: z
    .string()
    .max(MAX_BADGE_LABEL_LENGTH)
    // control characters cannot be written in XML 1.0
    .regex(/^[^\p{Cc}]*$/u, "must not contain control characters")
    .optional()
    .meta({ description: `Left-hand text (default "${DEFAULT_BADGE_LABEL}"); may be empty. "g7" shows a model's G7 openness label instead of its grade.` }),
  style: z.enum(BADGE_STYLES).default("flat").meta({ description: "Badge style, as on shields.io." }),
});
export type BadgeQuery = z.output<typeof badgeQuerySchema>;

/** The right-hand side of a badge: everything that depends on the catalogue, nothing on the query. */
export type BadgeFace = {
  /** false for an unknown slug, or an entry that is not published */
  found: boolean;
  message: string;
  /** CSS colour of the message side */
  colour: string;
  /** the G7 label's side (models only), shown by `?label=g7` */
  g7?: { message: string; colour: string };
};

/** `?label=g7` asks for the G7 label's badge instead of the grade's (a model's only). */
export const G7_BADGE_VARIANT = "g7";
export const G7_BADGE_LABEL = "G7 label";
export const isG7Badge = (query: { label?: string }) => query.label?.trim().toLowerCase() === G7_BADGE_VARIANT;

// One shade per rung of the G7 ladder, darkest for the most open; the words carry the meaning.
const G7_COLOURS: Record<G7Label, string> = {
  open_source_ai_with_open_data: "#14532d",
  open_source_ai: "#1a7f37",
  open_weights_ai: "#4d7c0f",
  weights_available_ai: "#8a6d00",
  none: "#616161",
  not_determinable: "#616161",
};

/** What the catalogue knows about a model, as far as its badge is concerned. */
export type ModelBadgeFacts = { grade: Grade | null; score: number | null; complete: boolean; g7Label?: G7Label | null };

/** An organisation's published models (assessed or not). */
export type OrganisationBadgeFacts = { models: readonly { grade: Grade | null; score: number | null }[] };

const words = (key: string) => (opennessMessage(ENGLISH_OPENNESS, key) ?? key).toLowerCase();

// Badges speak English, like every shields.io badge a README shows beside them.
export const NOT_FOUND_FACE: BadgeFace = {
  found: false,
  message: words(NO_GRADE_DISPLAY.notFound.labelKey),
  colour: NO_GRADE_DISPLAY.notFound.colour,
};

export function modelBadgeFace(facts: ModelBadgeFacts): BadgeFace {
  if (!facts.grade || facts.score === null) {
    return { found: true, message: words(NO_GRADE_DISPLAY.notAssessed.labelKey), colour: NO_GRADE_DISPLAY.notAssessed.colour };
  }
  const parts = [facts.grade, words(GRADE_DISPLAY[facts.grade].labelKey), String(Math.round(facts.score))];
  if (!facts.complete) parts.push(words("grades.incomplete.label"));
  // the official names, as the G7 text writes them (a grade's words are lower-case; these are names)
  const g7 = facts.g7Label ? { message: opennessMessage(ENGLISH_OPENNESS, `g7.labels.${facts.g7Label}.name`) ?? facts.g7Label, colour: G7_COLOURS[facts.g7Label] } : undefined;
  return { found: true, message: parts.join(" · "), colour: GRADE_DISPLAY[facts.grade].colour, ...(g7 ? { g7 } : {}) };
}

/**
 * An organisation has no grade of its own (METHODOLOGY.md): its headline is the number of its models
 * per grade, its score the mean of its models' scores. The colour is the grade of its median model
 * (the worse of the two middle ones), so one truly open model cannot paint a closed catalogue green.
 */
export function organisationBadgeFace(facts: OrganisationBadgeFacts): BadgeFace {
  const assessed = facts.models.filter((m): m is { grade: Grade; score: number } => m.grade !== null && m.score !== null);
  if (assessed.length === 0) {
    return { found: true, message: words(NO_GRADE_DISPLAY.notAssessed.labelKey), colour: NO_GRADE_DISPLAY.notAssessed.colour };
  }
  const counts = GRADES.map((grade) => [grade, assessed.filter((m) => m.grade === grade).length] as const).filter(([, n]) => n > 0);
  const sorted = assessed.map((m) => GRADES.indexOf(m.grade)).sort((a, b) => a - b);
  const median = GRADES[sorted[Math.floor(sorted.length / 2)]!]!;
  const mean = assessed.reduce((sum, m) => sum + m.score, 0) / assessed.length;
  const message = [...counts.map(([grade, n]) => `${n} ${grade}`), `mean ${Math.round(mean)}`].join(" · ");
  return { found: true, message, colour: GRADE_DISPLAY[median].colour };
}

/** The SVG for one face and one query; label and message are escaped by badge-maker. */
export function renderBadgeSvg(face: BadgeFace, query: BadgeQuery): string {
  const side = badgeSide(face, query);
  return makeBadge({
    label: side.label,
    message: side.message,
    color: side.colour,
    labelColor: "#555",
    style: query.style,
  });
}

/** A badge for a request the server cannot answer (bad parameter): grey, saying what is wrong. */
export function errorBadgeSvg(message: string): string {
  return makeBadge({ label: DEFAULT_BADGE_LABEL, message, color: NO_GRADE_DISPLAY.notFound.colour, labelColor: "#555", style: "flat" });
}

/** What a badge says for a query: the grade's side, or the G7 label's for `?label=g7` on a model. */
function badgeSide(face: BadgeFace, query: { label?: string }): { label: string; message: string; colour: string } {
  if (isG7Badge(query) && face.g7) return { label: G7_BADGE_LABEL, message: face.g7.message, colour: face.g7.colour };
  return { label: query.label ?? DEFAULT_BADGE_LABEL, message: face.message, colour: face.colour };
}

/** shields.io's endpoint badge (https://shields.io/badges/endpoint-badge), schemaVersion 1. */
export function shieldsEndpointJson(face: BadgeFace, cacheSeconds: number, query: { label?: string } = {}) {
  const side = badgeSide(face, { label: isG7Badge(query) ? query.label : undefined });
  return {
    schemaVersion: 1 as const,
    label: side.label,
    message: side.message,
    color: side.colour.replace(/^#/, ""),
    labelColor: "555",
    isError: !face.found,
    cacheSeconds,
  };
}
