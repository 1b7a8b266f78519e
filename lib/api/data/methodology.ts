// The methodology as data, straight from lib/openness (the scorer's own definitions) and its texts.
import type { z } from "zod";
import {
  CRITERIA,
  DERIVED_RULES,
  GRADE_DISPLAY,
  GRADE_REQUIREMENTS,
  METHODOLOGY_VERSION,
  METHODOLOGY_VERSIONS,
  opennessMessage,
  POINTS,
} from "../../openness";
import { GRADES } from "../../openness/types";
import type { methodologySchema } from "../operations";
import { G7_LABELS } from "../../openness/g7";
import { opennessText } from "../../i18n/messages";
import type { Locale } from "../../i18n/routing";

export function methodologyJson(lang: Locale): z.input<typeof methodologySchema> {
  const texts = opennessText(lang);
  const text = (key: string) => opennessMessage(texts, key) ?? key;
  return {
    version: METHODOLOGY_VERSION,
    versions: METHODOLOGY_VERSIONS.map((v) => ({ version: v.version, date: v.date, changes: v.changes.map(text) })),
    answerPoints: { ...POINTS },
    criteria: CRITERIA.map((c) => ({
      key: c.key,
      kind: c.kind,
      weight: c.weight,
      name: text(`${c.messageKey}.name`),
      description: text(`${c.messageKey}.description`),
      levels: { open: text(`${c.messageKey}.open`), partial: text(`${c.messageKey}.partial`), closed: text(`${c.messageKey}.closed`) },
    })),
    grades: GRADES.map((grade) => ({
      grade,
      label: text(GRADE_DISPLAY[grade].labelKey),
      rule: text(`grades.${grade}.rule`),
      description: text(GRADE_DISPLAY[grade].descriptionKey),
      requirements: grade === "E" ? [] : GRADE_REQUIREMENTS[grade].map((r) => ({ ...r })),
      colour: GRADE_DISPLAY[grade].colour,
    })),
    derivedRules: DERIVED_RULES.map((id) => ({ id, text: text(`rules.${id}`) })),
    officialLabels: {
      g7: {
        source: "https://g7.utoronto.ca/ict/260529-vision.html",
        labels: G7_LABELS.map((label) => ({ label, name: text(`g7.labels.${label}.name`), rule: text(`g7.labels.${label}.rule`) })),
      },
    },
  };
}
