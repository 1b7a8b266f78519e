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
