import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { decisionMailsSent } from "@/lib/moderation/decision-mail";
import { dismissReports } from "@/lib/moderation/dismiss-reports";
import { approveVersion, rejectVersion, requestChanges } from "@/lib/moderation/pending-decisions";
import { restoreInitiative } from "@/lib/moderation/restore-initiative";
import { unpublishInitiative } from "@/lib/moderation/unpublish-initiative";
import { siteUrl } from "@/lib/site-url";
import { linkIn, mailsTo } from "../support/read-mail";
import { test, type Association } from "./support/moderation";

const reader = () => process.env.MAIL_READER_URL ?? "";

async function onlyMailTo(address: string) {
  await decisionMailsSent();
  const mails = await mailsTo(reader(), address);
  expect(mails).toHaveLength(1);

  return mails[0]!;
}

async function mailsOf({ owner, editor }: Association) {
  return { fr: await onlyMailTo(owner.email), ar: await onlyMailTo(editor.email) };
}

describe("decision mails to the association", () => {
  test("tell every member of an approval in their own language, with the public link", async ({
    world,
  }) => {
    const association = await world.association();
    const { initiativeId, submittedAt, slug } = await world.submission(association);

    await approveVersion(await world.moderator(), { initiativeId, submittedAt });
    const { fr, ar } = await mailsOf(association);

    expect(fr.subject).toBe(`« \u2068Jardin partagé ${world.word}\u2069 » est en ligne`);
    expect(fr.text).toContain("Un modérateur a approuvé");
    expect(linkIn(fr)).toBe(`${siteUrl()}/fr/initiatives/${encodeURIComponent(slug)}`);
    expect(ar.subject).toContain("منشورة الآن");
    expect(linkIn(ar)).toBe(`${siteUrl()}/ar/initiatives/${encodeURIComponent(slug)}`);
    expect(ar.html).toContain('dir="rtl"');
  });

  test("carry the moderator's message and the link to the edit form", async ({ world }) => {
    const association = await world.association();
    const { initiativeId, submittedAt } = await world.submission(association);
    const message = "Ajoutez la date de début.\n<b>Merci</b>";

    await requestChanges(await world.moderator(), { initiativeId, submittedAt, message });
    const { fr, ar } = await mailsOf(association);

    expect(fr.text).toContain("Message du modérateur :\nAjoutez la date de début.\n<b>Merci</b>");
    expect(fr.html).toContain("&lt;b&gt;Merci&lt;/b&gt;");
    expect(linkIn(fr)).toBe(`${siteUrl()}/fr/my-space/initiatives/${initiativeId}/edit`);
    expect(ar.text).toContain("رسالة المشرف:");
    expect(linkIn(ar)).toBe(`${siteUrl()}/ar/my-space/initiatives/${initiativeId}/edit`);
  });

  test("give the reason of a refusal in each member's language, and the text", async ({
    world,
  }) => {
    const association = await world.association();
    const { initiativeId, submittedAt } = await world.submission(association);

    await rejectVersion(await world.moderator(), {
      initiativeId,
      submittedAt,
      reasonCode: "notClimate",
      message: "Le projet porte sur un festival de musique.",
    });
    const { fr, ar } = await mailsOf(association);

    expect(fr.subject).toBe(`« \u2068Jardin partagé ${world.word}\u2069 » n’a pas été retenue`);
    expect(fr.text).toContain("Motif : Sans rapport avec le climat ou l’environnement.");
    expect(fr.text).toContain("Le projet porte sur un festival de musique.");
    expect(ar.text).toContain("السبب: لا علاقة لها بالمناخ أو البيئة.");
    expect(linkIn(ar)).toBe(`${siteUrl()}/ar/my-space`);
  });

  test("say that a refused edit leaves the public page as it was", async ({ world }) => {
    const association = await world.association();
    const { initiativeId } = await world.published(association);
    const edit = await world.edit(initiativeId, association.editor);

    await rejectVersion(await world.moderator(), { ...edit, reasonCode: "duplicate", message: "" });
    const { fr } = await mailsOf(association);

    expect(fr.subject).toContain("Vos modifications de");
    expect(fr.text).toContain("La page publique reste telle quelle.");
    expect(fr.text).not.toContain("Explication du modérateur");
  });

  test("explain an unpublication, then announce the restoration", async ({ world }) => {
    const association = await world.association();
    const { initiativeId, slug } = await world.published(association);
    const moderator = await world.moderator();

    await unpublishInitiative(moderator, {
      initiativeId,
      reasonCode: "other",
      message: "Le lien mène vers un site frauduleux.",
    });
    const unpublished = await onlyMailTo(association.owner.email);
    await restoreInitiative(moderator, { initiativeId });
    await decisionMailsSent();
    const [, restored] = await mailsTo(reader(), association.owner.email, { count: 2 });

    expect(unpublished.text).toContain("Motif : Autre motif.");
    expect(unpublished.text).toContain("Le lien mène vers un site frauduleux.");
    expect(linkIn(unpublished)).toBe(`${siteUrl()}/fr/my-space`);
    expect(restored?.subject).toBe(
      `« \u2068Jardin partagé ${world.word}\u2069 » est de nouveau en ligne`,
    );
    expect(restored && linkIn(restored)).toBe(
      `${siteUrl()}/fr/initiatives/${encodeURIComponent(slug)}`,
    );
  });

  test("are not sent when reports are dismissed", async ({ world }) => {
    const association = await world.association();
    const { initiativeId } = await world.published(association);
    await world.report(initiativeId);

    await dismissReports(await world.moderator(), { initiativeId, shownAt: new Date() });
    await decisionMailsSent();

    expect(await mailsTo(reader(), association.owner.email, { count: 0, timeoutMs: 0 })).toEqual(
      [],
    );
  });

  test("keep the decision when the mail server refuses a member's address", async ({ world }) => {
    const association = await world.association();
    const broken = await world.person();
    await db.user.update({ where: { id: broken.id }, data: { email: `${world.word}-broken@` } });
    await db.membership.create({
      data: { userId: broken.id, organisationId: association.organisationId, role: "EDITOR" },
    });
    const { initiativeId, submittedAt } = await world.submission(association);

    await approveVersion(await world.moderator(), { initiativeId, submittedAt });
    await decisionMailsSent();
    const row = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });

    expect(row.status).toBe("PUBLISHED");
    expect(await db.moderationDecision.count({ where: { initiativeId } })).toBe(1);
    expect(await onlyMailTo(association.owner.email)).toMatchObject({
      subject: expect.stringContaining("est en ligne"),
    });
  });
});
