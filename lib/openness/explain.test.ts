import { describe, expect, it } from "vitest";
import { CRITERIA, DERIVED_RULES, METHODOLOGY_VERSIONS } from "./criteria";
import { BORDERLINE_ORGANISATIONS, COUNTRY_GROUPS } from "./europe";
import { explainReason, formatMessage, opennessMessage, type MessageTree } from "./explain";
import { opennessText } from "../i18n/messages";
import { LOCALES } from "../i18n/routing";
import { GRADE_DISPLAY, NO_GRADE_DISPLAY } from "./grades";
import { licenceById } from "./licences";
import { ANSWER_GRADES, BASE_RELATIONS, GRADES, REASON_CODES } from "./types";

// The openness namespace is read outside next-intl too (explainReason, the API, badges), by
// formatMessage, which fills simple {name} arguments only: no plural or select there.
describe("the openness messages", () => {
  it.each(LOCALES)("use in %s only the {name} arguments formatMessage fills", (locale) => {
    const texts: string[] = [];
    const collect = (tree: MessageTree) => Object.values(tree).forEach((value) => (typeof value === "string" ? texts.push(value) : collect(value)));
    collect(opennessText(locale).messages);
    for (const text of texts) expect(text.replace(/\{\w+\}/g, ""), text).not.toMatch(/[{}]/);
  });

  it("name and describe every criterion, answer, grade, rule, reason, version change and borderline case", () => {
    const keys = [
      ...CRITERIA.flatMap(({ messageKey }) => ["name", "description", "open", "partial", "closed"].map((part) => `${messageKey}.${part}`)),
      ...ANSWER_GRADES.flatMap((grade) => [`answers.${grade}.label`, `answers.${grade}.inline`, `answers.${grade}.description`]),
      ...GRADES.flatMap((grade) => [GRADE_DISPLAY[grade].labelKey, GRADE_DISPLAY[grade].descriptionKey, `grades.${grade}.rule`]),
      ...Object.values(NO_GRADE_DISPLAY).flatMap((display) => [display.labelKey, display.descriptionKey]),
      ...REASON_CODES.map((code) => `reasons.${code}`),
      ...DERIVED_RULES.map((rule) => `rules.${rule}`),
      ...METHODOLOGY_VERSIONS.flatMap((version) => version.changes),
      ...COUNTRY_GROUPS.map((group) => `europe.groups.${group}`),
      ...BORDERLINE_ORGANISATIONS.flatMap((o) => [`europe.cases.${o.messageKey}.name`, `europe.cases.${o.messageKey}.decision`]),
      "europe.organisationRule",
      "restrictions.nonCommercial",
      "restrictions.noDerivatives",
      "restrictions.restrictsUse",
      "restrictions.nonProduction",
      "restrictions.userCap",
      "restrictions.revenueCap",
      "restrictions.notOpenData",
      ...["weights", "code", "data"].map((component) => `licenceComponents.${component}`),
      ...BASE_RELATIONS.map((relation) => `relations.${relation}`),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(opennessMessage(opennessText(locale), key), `${locale}: ${key}`).toBeDefined();
    }
  });
});

describe("explainReason", () => {
  it("says why, naming the licence, in both languages", () => {
    const licence = licenceById("LicenseRef-FLUX.1-dev-Non-Commercial");
    const reason = {
      code: "use-closed-by-licence",
      criterion: "use",
      params: { licence: licence?.name ?? "FLUX.1 [dev] Non-Commercial License", licenceId: "x", restriction: "nonCommercial" },
    } as const;
    const name = reason.params.licence;
    expect(explainReason(reason, opennessText("en"))).toBe(`Use is closed: the weights licence, ${name}, forbids commercial use.`);
    expect(explainReason(reason, opennessText("fr"))).toBe(`Usage fermé\u00a0: la licence des poids, ${name}, interdit l’usage commercial.`);
  });

  it("lists every restriction of a licence, with its thresholds, the locale's way", () => {
    const reason = {
      code: "use-closed-by-licence",
      criterion: "use",
      params: { licence: "Llama 3.1 Community License Agreement", licenceId: "x", restriction: "restrictsUse,userCap", userCap: 700_000_000 },
    } as const;
    expect(explainReason(reason, opennessText("en"))).toBe(
      "Use is closed: the weights licence, Llama 3.1 Community License Agreement, restricts what the model may be used for and caps use at 700,000,000 monthly active users.",
    );
    expect(explainReason(reason, opennessText("fr"))).toBe(
      "Usage fermé\u00a0: la licence des poids, Llama 3.1 Community License Agreement, restreint les usages permis du modèle et plafonne l’usage à 700\u202f000\u202f000 utilisateurs actifs par mois.",
    );
  });

  it("writes out criteria and answers in words", () => {
    const reason = { code: "needs-partial", criterion: "data", params: { grade: "B", answer: "unknown" } } as const;
    expect(explainReason(reason, opennessText("en"))).toBe("To reach grade B, “Open training data” must be at least partial (now: not assessed).");
    expect(explainReason(reason, opennessText("fr"))).toBe(
      "Pour atteindre la note B, le critère «\u00a0Données d’entraînement ouvertes\u00a0» doit être au moins partiel (actuellement\u00a0: non évalué).",
    );
  });

  it("formats numbers the locale's way, as ICU does, and keeps unknown placeholders visible", () => {
    expect(formatMessage("{weight} each", { weight: 17.5 }, "en")).toBe("17.5 each");
    expect(formatMessage("{weight} chacun", { weight: 17.5 }, "fr")).toBe("17,5 chacun");
    expect(formatMessage("{a} and {b}", { a: "x" }, "en")).toBe("x and {b}");
  });

  it("has words for every reason code", () => {
    for (const code of REASON_CODES) {
      for (const locale of LOCALES) {
        const text = explainReason(
          {
            code,
            criterion: "retrain",
            params: { grade: "B", answer: "closed", entered: "open", count: 2, licence: "L", licenceId: "L", restriction: "noDerivatives", base: "Base", component: "code" },
          },
          opennessText(locale),
        );
        expect(text, `${locale}: ${code}`).not.toMatch(/[{}]/);
      }
    }
  });
});
