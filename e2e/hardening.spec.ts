// Hostile requests against the real app and Next.js's own server-action handler: a malformed
// action body is a 400 or 413 naming it (Next.js answered 500), text that is not text and ids with
// NUL come back as field errors (the action client answered UNEXPECTED), and a maintainer's own
// submission has no decision form.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setRole, signIn, uniqueEmail } from "./support/auth";
import { fillOrganisation } from "./support/forms";
import { E2E_ADMIN_EMAIL } from "./global-setup";

test.describe.configure({ timeout: 120_000 });

/** A server action's id in this build, as the forms send it in Next-Action. */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in the build`);
  return id;
}

async function callAction(request: APIRequestContext, baseURL: string, page: string, action: string, body: string | Buffer, contentType = "text/plain;charset=UTF-8") {
  return request.post(page, { headers: { "next-action": actionId(action), "content-type": contentType, origin: baseURL }, data: body, maxRedirects: 0 });
}

test("a malformed server-action body is a 400 or a 413 that names it, never a 500", async ({ request, baseURL }) => {
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  const big = `["${"a".repeat(300 * 1024)}"]`;
  for (const page of ["/submit/organisation", "/fr/submit/organisation"]) {
    for (const [body, status, code] of [
      ["not json{", 400, "INVALID_BODY"],
      [deep, 400, "INVALID_BODY"],
      [big, 413, "PAYLOAD_TOO_LARGE"],
    ] as const) {
      const response = await callAction(request, baseURL!, page, "createSubmissionAction", body);
      expect(response.status(), `${page} ${code} ${body.length}`).toBe(status);
      const answer = (await response.json()) as { error: { code: string; details: { field: string }[] } };
      expect(answer.error.code).toBe(code);
      expect(answer.error.details.map((d) => d.field)).toEqual(["body"]);
    }
  }
  // a form's multipart body: React's numbered JSON part is checked, the form's own fields are not
  const boundary = "----atlas";
  const multipart = [`--${boundary}`, 'Content-Disposition: form-data; name="0"', "", deep, `--${boundary}--`, ""].join("\r\n");
  const response = await callAction(request, baseURL!, "/account/tokens", "createApiTokenAction", multipart, `multipart/form-data; boundary=${boundary}`);
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: { details: { field: string }[] } }).error.details[0]!.field).toBe("0");
});

test("a lone UTF-16 surrogate through a form's action, and a NUL in the role form's user id, come back as field errors", async ({ page, baseURL }) => {
  await signIn(page, uniqueEmail("surrogate"));
  const name = JSON.stringify("Lab \ud800 Nord"); // the escape "\ud800", as a client may send it
  const body = `[{"kind":"new_organisation","payload":{"name":${name},"type":"research","country":"FR","isSme":"no","description":"A laboratory that trains open models.","sources":["https://example.eu/about"]}}]`;
  const response = await callAction(page.request, baseURL!, "/submit/organisation", "createSubmissionAction", body);
  expect(response.status()).toBe(200);
  const payload = await response.text();
  expect(payload).toContain('"code":"VALIDATION"');
  expect(payload).toContain('"name":{"key":"brokenCharacters"}');
  expect(payload).not.toContain('"code":"UNEXPECTED"');

  await page.context().clearCookies();
  await signIn(page, E2E_ADMIN_EMAIL);
  const role = await callAction(page.request, baseURL!, "/admin/users", "changeRoleAction", JSON.stringify([{ userId: "abc\u0000def", role: "maintainer", reason: "" }]));
  expect(role.status()).toBe(200);
  const roleAnswer = await role.text();
  expect(roleAnswer).toContain('"userId":{"key":"invalid"}');
  expect(roleAnswer).not.toContain('"code":"UNEXPECTED"');
});

test("a maintainer's own pending submission shows who must decide, and no decision form", async ({ page }) => {
  const maintainer = uniqueEmail("self-reviewer");
  setRole(maintainer, "maintainer");
  await signIn(page, maintainer);
  await page.goto("/submit/organisation");
  const name = `Own Lab ${Date.now()}`;
  await fillOrganisation(page, { name, type: "Research lab or university", country: "France (FR)", description: "A laboratory that trains and releases open models.", sources: "https://own-lab.example.eu/about" });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const id = /\/account\/submissions\/([^/?]+)/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  await page.goto(`/moderation/${id}`);
  await expect(page.getByTestId("own-submission")).toHaveText("This is your own submission: another maintainer must review it and decide.");
  await expect(page.getByRole("button", { name: "Record the decision" })).toHaveCount(0);
  await page.goto(`/fr/moderation/${id}`);
  await expect(page.getByTestId("own-submission")).toContainText("C’est votre propre proposition");
});
