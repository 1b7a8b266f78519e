// The API page (./api-reference.tsx) says in words what every operation, tag and parameter of the
// API is, in every locale; an operation's own words are only for parameters it has.
import { expect, it } from "vitest";
import { API_OPERATIONS } from "@/lib/api/operations";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/routing";

it.each(LOCALES)("describes every operation, tag and parameter of the API in %s", (locale) => {
  const docs = messagesFor(locale).apiDocs;
  const operationParameters = docs.operationParameters as Record<string, Record<string, string>>;
  for (const operation of API_OPERATIONS) {
    expect(docs.operations, operation.operationId).toHaveProperty([operation.operationId]);
    expect(docs.tags, operation.tag).toHaveProperty([operation.tag]);
    for (const schema of [operation.pathParams, operation.query]) {
      for (const name of Object.keys(schema?.shape ?? {})) {
        expect({ ...docs.parameters, ...operationParameters[operation.operationId] }, `${operation.operationId} ${name}`).toHaveProperty([name]);
      }
    }
  }
  for (const [operationId, words] of Object.entries(operationParameters)) {
    const operation = API_OPERATIONS.find((o) => o.operationId === operationId);
    for (const name of Object.keys(words)) expect(Object.keys(operation?.query?.shape ?? {}), `${operationId} ${name}`).toContain(name);
  }
});
