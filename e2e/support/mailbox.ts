// A real SMTP server for the e2e run (the `smtp-server` package): the app sends its sign-in links
// and notifications to it like to any mail server; each message lands as a JSON file in a
// directory the tests read. No test-only way in: tests sign in through the e-mail a person gets.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

export type CapturedMail = { to: string[]; from: string; subject: string; text: string; html: string; receivedAt: number };

export async function startMailbox(options: { port: number; dir: string }): Promise<{ stop: () => Promise<void> }> {
  mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CapturedMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: Date.now(),
          };
          writeFileSync(path.join(options.dir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`), JSON.stringify(mail));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function mailboxDir(): string {
  const dir = process.env.E2E_MAILBOX;
  if (!dir) throw new Error("E2E_MAILBOX is not set: run the tests through Playwright (global setup starts the mailbox)");
  return dir;
}

export function mailsTo(address: string): CapturedMail[] {
  const dir = mailboxDir();
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CapturedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** The first message to `address` received after `since` (ms) that matches, waiting up to 15 s. */
export async function waitForMail(address: string, options: { since: number; subject?: RegExp; timeoutMs?: number }): Promise<CapturedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const mail = mailsTo(address).find((m) => m.receivedAt >= options.since && (!options.subject || options.subject.test(m.subject)));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} after ${new Date(options.since).toISOString()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The sign-in link in a sign-in e-mail. */
export function signInLink(mail: CapturedMail): string {
  const match = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text);
  if (!match) throw new Error(`no sign-in link in:\n${mail.text}`);
  return match[0];
}
