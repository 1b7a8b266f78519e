// Filling the submission forms as a person does, by their labels.
import { expect, type Page } from "@playwright/test";
import { CRITERIA } from "../../lib/openness/criteria";
import { readFileSync } from "node:fs";
import path from "node:path";

const en = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/i18n/messages/en/openness.json"), "utf8")) as {
  criteria: Record<string, { name: string }>;
};

export type OrganisationFacts = { name: string; type: string; country: string; description: string; sources: string; website?: string };

export async function fillOrganisation(scope: Page | ReturnType<Page["locator"]>, org: OrganisationFacts) {
  await scope.getByLabel("Name", { exact: false }).first().fill(org.name);
  await scope.getByLabel("Type", { exact: false }).first().selectOption({ label: org.type });
  await scope.getByLabel("Country").selectOption({ label: org.country });
  if (org.website) await scope.getByLabel("Website (optional)").fill(org.website);
  await scope.getByLabel("Description", { exact: false }).first().fill(org.description);
  await scope.getByLabel("Public sources").fill(org.sources);
}

/** Answers every criterion with `grade`, with the same evidence link. */
export async function answerAll(page: Page, grade: "Open" | "Partial" | "Closed", evidence: string) {
  for (const { key } of CRITERIA) {
    const group = page.getByRole("group", { name: en.criteria[key]!.name, exact: true });
    await group.getByLabel(grade, { exact: true }).check();
    if (grade !== "Closed") await group.getByLabel("Evidence link").fill(evidence);
  }
}

export async function expectPreviewGrade(page: Page, grade: string) {
  await expect(page.getByTestId("grade-preview").first()).toContainText(grade);
}

type Locale = "en" | "fr";
const messages = (locale: Locale, file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}/${file}.json`), "utf8")) as Record<string, never>;

/** The words of a message (`{name}` placeholders filled), as the page shows them. */
export function words(locale: Locale, file: string, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = messages(locale, file);
  for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Adds a licence to one component's list and picks it by id (methodology version 2: several per component). */
export async function addLicence(page: Page, component: "weights" | "code" | "data", id: string, locale: Locale = "en") {
  const list = page.getByTestId(`licences-${component}`);
  const before = await list.getByRole("listitem").count();
  await list.getByRole("button", { name: words(locale, "submit", "licences.add", { component: words(locale, "submit", `components.${component}`) }) }).click();
  await list.getByLabel(words(locale, "submit", "licences.choice", { position: before + 1 }), { exact: true }).selectOption(id);
}

/** Answers every criterion with `grade` in the page's language, with the same evidence link. */
export async function answerAllIn(page: Page, locale: Locale, grade: "open" | "partial" | "closed", evidence: string) {
  for (const { key } of CRITERIA) {
    const group = page.getByRole("group", { name: words(locale, "openness", `criteria.${key}.name`), exact: true });
    await group.getByLabel(words(locale, "openness", `answers.${grade}.label`), { exact: true }).check();
    if (grade !== "closed") await group.getByLabel(words(locale, "submit", "fields.evidenceUrl")).fill(evidence);
  }
}
