"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { organisationPayload, organisationState, type OrganisationState } from "@/lib/submissions/form-state";
import type { OrganisationSnapshot } from "@/lib/submissions/snapshots";
import { OrganisationFields } from "./organisation-fields";
import { SubmissionShell, type ExistingSubmission } from "./submission-shell";

export function OrganisationForm({
  initial,
  target,
  existing,
  initialComment,
}: {
  initial?: Partial<OrganisationSnapshot> | null;
  /** the slug of the organisation an edit is for */
  target?: string;
  existing?: ExistingSubmission & { kind: "new_organisation" | "edit_organisation" };
  initialComment?: string;
}) {
  const t = useTranslations("submit");
  const [state, setState] = useState<OrganisationState>(() => organisationState(initial as OrganisationSnapshot | null));
  const kind = existing?.kind ?? (target ? "edit_organisation" : "new_organisation");
  const withSlug = kind === "new_organisation";
  return (
    <SubmissionShell kind={kind} target={target} existing={existing} initialComment={initialComment} buildPayload={() => organisationPayload(state, withSlug)}>
      {(errors) => (
        <section aria-labelledby="organisation-title">
          <h2 id="organisation-title" className="text-xl font-semibold">{t("sections.organisation")}</h2>
          <OrganisationFields state={state} onChange={(patch) => setState((s) => ({ ...s, ...patch }))} errors={errors} withSlug={withSlug} />
        </section>
      )}
    </SubmissionShell>
  );
}
