import { describe, expect, it } from "vitest";
import { decisionMail, escapeHtml, localeOfSignInUrl, signInMail } from "./templates";

describe("e-mails", () => {
  it("escape everything a person typed in the HTML, and keep it as plain text in the text part", () => {
    const mail = decisionMail("a@example.eu", "en", "rejected", `<script>alert(1)</script>"Model"`, `<img src=x onerror=alert(1)>\nsecond line`, "https://atlas.example.eu/account/submissions/1");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;<br>second line");
    expect(mail.text).toContain("<img src=x onerror=alert(1)>");
    expect(mail.subject).toBe(`Not published: <script>alert(1)</script>"Model"`);
  });

  it("write the sign-in e-mail in the language of the page the person came from", () => {
    const url = (callback: string) => `https://atlas.example.eu/api/auth/callback/email?token=t&email=a%40b.eu&callbackUrl=${encodeURIComponent(callback)}`;
    expect(localeOfSignInUrl(url("https://atlas.example.eu/fr/account/submissions"))).toBe("fr");
    expect(localeOfSignInUrl(url("/account/submissions"))).toBe("en");
    expect(localeOfSignInUrl("not a url")).toBe("en");
    const fr = signInMail("a@b.eu", url("/fr/submit/model"), "atlas.example.eu", "fr");
    expect(fr.subject).toBe("Connexion à Libre Atlas (atlas.example.eu)");
    expect(fr.html).toContain(escapeHtml(url("/fr/submit/model")));
  });
});
