// Request bodies are read with a ceiling: a client cannot make the server buffer megabytes.
import { AppError } from "../errors";

export async function readTextWithLimit(request: Request, maxBytes: number): Promise<string> {
  return readStreamWithLimit(request.body, request.headers.get("content-length"), maxBytes, () => tooLarge(maxBytes));
}

/**
 * A body's text, refused past `maxBytes` whatever its Content-Length said (a request's, or an answer
 * the server fetched); `refuse` makes the error to throw. A body announced too large is left unread:
 * cancelling a request's body would close the connection before the refusal is sent.
 */
export async function readStreamWithLimit(body: ReadableStream<Uint8Array> | null, contentLength: string | null, maxBytes: number, refuse: () => Error): Promise<string> {
  if (Number(contentLength ?? "0") > maxBytes) throw refuse();
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // not awaited: on a clone (request.clone(), a tee) the cancel settles only once the other
      // branch is cancelled too, so awaiting it would hang the request instead of answering 413
      reader.cancel().catch(() => {});
      throw refuse();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);
}
