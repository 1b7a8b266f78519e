// Server actions' request bodies, checked before Next.js decodes them (proxy.ts). Next.js answers a
// body that is not JSON, one over the size limit and one nested thousands of levels deep (React's
// decoder recurses until the stack overflows) with a 500; a client that sends one now gets a 400 or
// a 413 in the API's error format, naming the body. What a body is made of (React's reply format):
// text/plain JSON, or multipart parts named by a number ("0", "1"...) holding JSON, beside a form's
// own fields.
import { ApiError } from "../api/errors";
import { isAppError } from "../errors";
import { SUBMISSION_BODY_LIMIT } from "../validation/submissions";
import { readTextWithLimit } from "./body";

/** The largest action body: next.config.js's serverActions.bodySizeLimit (256 KB), the forms' limit. */
export const ACTION_BODY_LIMIT = SUBMISSION_BODY_LIMIT;
/** Far more than any form needs (a model's payload is 5 levels deep), far less than a stack overflows at. */
export const MAX_NESTING = 64;

/** The deepest nesting of arrays and objects in JSON text, read without parsing it (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) deepest = Math.max(deepest, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

/** What is wrong with one JSON part of an action's body, if anything. */
function jsonProblem(text: string): string | null {
  if (nestingDepth(text) > MAX_NESTING) return `nested more than ${MAX_NESTING} levels deep`;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return "not well-formed JSON";
  }
}

function refusal(error: ApiError): Response {
  return new Response(JSON.stringify(error.body()), {
    status: error.status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A response refusing a malformed server action's body, or null for anything else (which goes on to Next.js). */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  let text: string;
  try {
    text = await readTextWithLimit(request.clone(), ACTION_BODY_LIMIT);
  } catch (error) {
    if (!isAppError(error) || error.code !== "PAYLOAD_TOO_LARGE") throw error;
    return refusal(new ApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${ACTION_BODY_LIMIT / 1024} KB.`, [{ field: "body", message: "too large" }]));
  }
  const type = request.headers.get("content-type") ?? "";
  const parts: [string, string][] = [];
  if (/^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await new Response(text, { headers: { "content-type": type } }).formData();
    } catch {
      return refusal(new ApiError(400, "INVALID_BODY", "The request body is not well-formed multipart form data.", [{ field: "body", message: "not well-formed multipart" }]));
    }
    for (const [name, value] of form) if (/^\d+$/.test(name) && typeof value === "string") parts.push([name, value]);
  } else {
    parts.push(["body", text]);
  }
  for (const [field, part] of parts) {
    const problem = jsonProblem(part);
    if (problem) return refusal(new ApiError(400, "INVALID_BODY", `The request body is ${problem}.`, [{ field, message: problem }]));
  }
  return null;
}
