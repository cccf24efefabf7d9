import { describe, expect, it } from "vitest";
import { composeMail } from "@/lib/mail/compose";
import { deliver } from "@/lib/mail/transport";
import { linkIn, mailsTo } from "../support/read-mail";

const reader = () => process.env.MAIL_READER_URL ?? "";

describe("mail over SMTP", () => {
  it("delivers an Arabic verification mail with a plain-text part and the link", async () => {
    const to = `mail-${Date.now()}@example.org`;
    const link = "http://localhost:3000/ar/verify-email?token=abc";

    await deliver(await composeMail("ar", "verifyEmail", to, link));
    const [mail] = await mailsTo(reader(), to);

    expect(mail?.subject).toBe("أكّد عنوان بريدك الإلكتروني");
    expect(mail?.text).toContain("مرحبًا بك");
    expect(mail && linkIn(mail)).toBe(link);
    expect(mail?.html).toContain('dir="rtl"');
  });

  it("escapes names typed by users in the HTML part", async () => {
    const to = `mail-esc-${Date.now()}@example.org`;
    const values = { organisation: "<b>Oasis</b>", inviter: "Amina" };

    await deliver(await composeMail("fr", "invitation", to, "http://x.test/i", values));
    const [mail] = await mailsTo(reader(), to);

    expect(mail?.html).toContain("&lt;b&gt;Oasis&lt;/b&gt;");
    expect(mail?.text).toContain("<b>Oasis</b>");
  });
});
