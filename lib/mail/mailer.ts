import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "../auth/env";
import { authOrigin, mailDelivery } from "../auth/config";

export type Mail = { to: string; subject: string; text: string; html: string };

let transport: Transporter | undefined;

function smtp(): Transporter {
  const env = serverEnv();
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE ?? env.SMTP_PORT === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    // a stuck mail server must not hold a sign-in request for minutes
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transport;
}

export function deliveryMode() {
  const env = serverEnv();
  return mailDelivery(env, authOrigin(env));
}

/** Sends by SMTP, or writes the message to the server log where that is allowed (see mailDelivery). */
export async function sendMail(mail: Mail): Promise<void> {
  const mode = deliveryMode();
  if (mode === "smtp") {
    await smtp().sendMail({ from: serverEnv().EMAIL_FROM, ...mail });
    return;
  }
  if (mode === "log") {
    console.log(`[atlas] e-mail (no SMTP configured, written here instead)\n  to: ${mail.to}\n  subject: ${mail.subject}\n\n${mail.text}\n`);
    return;
  }
  throw new Error("No SMTP server is configured (SMTP_HOST): e-mail cannot be sent.");
}
