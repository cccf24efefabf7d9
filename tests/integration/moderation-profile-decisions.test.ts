import sharp from "sharp";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { readStoredImage } from "@/lib/images/storage";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { decisionMailsSent } from "@/lib/moderation/decision-mail";
import { listDecisionLog } from "@/lib/moderation/log";
import {
  approveProfile,
  rejectProfile,
  requestProfileChanges,
} from "@/lib/moderation/profile-decisions";
import { getProfileReview } from "@/lib/moderation/profile-review";
import { getEditableOrganisation } from "@/lib/organisations/editable-organisation";
import { getMySpace } from "@/lib/organisations/my-space";
import { getPublicOrganisation } from "@/lib/organisations/queries";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { siteUrl } from "@/lib/site-url";
import { linkIn, mailsTo } from "../support/read-mail";
import { test, type Team } from "./support/profile-world";

async function png(background: string) {
  const bytes = await sharp({ create: { width: 200, height: 200, channels: 3, background } })
    .png()
    .toBuffer();

  return new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" });
}

async function onlyMailTo(address: string) {
  await decisionMailsSent();
  const mails = await mailsTo(process.env.MAIL_READER_URL ?? "", address);
  expect(mails).toHaveLength(1);

  return mails[0]!;
}

async function mailsOf({ owner, editor }: Team) {
  return { fr: await onlyMailTo(owner.email), ar: await onlyMailTo(editor.email) };
}

const decisionsOf = (organisationId: string) =>
  db.moderationDecision.findMany({ where: { organisationId } });

describe("deciding an edit of an organisation's profile", () => {
  test("makes it the public profile on approval, at the same address", async ({ world }) => {
    const team = await world.team();
    const edit = await world.proposal(team, team.owner, {
      "translations.en.name": `Oasis garden ${world.word}`,
      kind: "COOPERATIVE",
      website: "oasis.example.ma",
    });
    const moderator = await world.moderator(["MA-07"]);

    await approveProfile(moderator, edit);
    const page = await getPublicOrganisation(team.slug);
    const revision = await db.organisationRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });
    const found = await findPublishedInitiatives({ q: `oasis ${world.word}`, page: 1 });

    expect(page).toMatchObject({
      slug: team.slug,
      name: `Oasis ${world.word}`,
      kind: "COOPERATIVE",
      website: "https://oasis.example.ma",
    });
    expect(page?.translations.map((t) => [t.locale, t.name]).sort()).toEqual([
      ["en", `Oasis garden ${world.word}`],
      ["fr", `Oasis ${world.word}`],
    ]);
    expect(found.total).toBe(1);
    expect(revision.status).toBe("APPROVED");
    expect((await getMySpace(team.owner))[0]?.profileEdit).toBeNull();
  });

  test("records the decision in the log with the edit and the profile decided", async ({
    world,
  }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const admin = await world.person("ADMIN");

    await approveProfile(admin, edit);
    const { entries } = await listDecisionLog({ all: true }, {}, "fr");

    expect(await decisionsOf(team.organisationId)).toEqual([
      expect.objectContaining({
        initiativeId: null,
        revisionId: null,
        organisationRevisionId: edit.revisionId,
        moderatorId: admin.id,
        action: "APPROVE",
        fromStatus: null,
        toStatus: null,
        submittedAt: edit.submittedAt,
        content: expect.objectContaining({ city: "Marrakech" }),
      }),
    ]);
    expect(entries.find((entry) => entry.organisationId === team.organisationId)).toMatchObject({
      action: "APPROVE",
      revisionNumber: 1,
      title: { text: `Oasis ${world.word}`, lang: "fr" },
    });
  });

  test("tells every member of an approval in their language, with the public page", async ({
    world,
  }) => {
    const team = await world.team();

    await approveProfile(await world.moderator(), await world.proposal(team));
    const { fr, ar } = await mailsOf(team);

    expect(fr.subject).toBe(
      `Le nouveau profil de « \u2068Oasis ${world.word}\u2069 » est en ligne`,
    );
    expect(linkIn(fr)).toBe(`${siteUrl()}/fr/organisations/${team.slug}`);
    expect(ar.subject).toContain("منشور الآن");
    expect(ar.html).toContain('dir="rtl"');
  });

  test("sends it back with the moderator's message; the public profile stays", async ({
    world,
  }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const message = "Ajoutez la description en arabe.";

    await requestProfileChanges(await world.moderator(), { ...edit, message });
    const { fr, ar } = await mailsOf(team);
    const [space] = await getMySpace(team.editor);
    const form = await getEditableOrganisation(team.owner, team.organisationId);

    expect((await getPublicOrganisation(team.slug))?.name).toBe(team.name);
    expect(fr.text).toContain(`Message du modérateur :\n${message}`);
    expect(linkIn(fr)).toBe(`${siteUrl()}/fr/my-space/organisations/${team.organisationId}/edit`);
    expect(ar.subject).toContain("تحتاج إلى مراجعة");
    expect(space?.profileEdit).toMatchObject({
      status: "CHANGES_REQUESTED",
      feedback: { action: "REQUEST_CHANGES", message },
    });
    expect(form).toMatchObject({ revisionStatus: "CHANGES_REQUESTED", moderatorMessage: message });

    await updateOrganisation(team.owner, world.input(team, { city: "Ourika" }), "fr");
    const resent = await db.organisationRevision.findUniqueOrThrow({
      where: { id: edit.revisionId },
    });
    expect(resent.status).toBe("PENDING_REVIEW");
    expect(resent.submittedAt?.getTime()).toBeGreaterThan(edit.submittedAt.getTime());
  });

  test("refuses it with a reason each member reads in their language", async ({ world }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const input = { ...edit, reasonCode: "commercial" as const, message: "Pas de publicité." };

    await rejectProfile(await world.moderator(), input);
    const { fr, ar } = await mailsOf(team);
    const [space] = await getMySpace(team.owner);

    expect((await getPublicOrganisation(team.slug))?.name).toBe(team.name);
    expect(fr.subject).toBe(
      `Vos modifications du profil de « \u2068Oasis ${world.word}\u2069 » n’ont pas été retenues`,
    );
    expect(fr.text).toContain("Pas de publicité.");
    expect(linkIn(ar)).toBe(`${siteUrl()}/ar/my-space`);
    expect(space?.profileEdit).toMatchObject({
      status: "REJECTED",
      feedback: { action: "REJECT", reasonCode: "commercial", message: "Pas de publicité." },
    });
    expect((await getEditableOrganisation(team.owner, team.organisationId)).name).toBe(team.name);
  });

  test("shows the moderator the public profile, the edit field by field, and the history", async ({
    world,
  }) => {
    const team = await world.team();
    const moderator = await world.moderator();
    const first = await world.proposal(team);
    await requestProfileChanges(moderator, { ...first, message: "Précisez la ville." });
    await updateOrganisation(team.owner, world.input(team, { city: "Ourika" }), "fr");

    const review = await getProfileReview({ all: true }, team.organisationId);
    const changed = review?.comparison?.fields.filter((field) => field.change !== "unchanged");

    expect(review?.current.translations[0]?.name).toBe(team.name);
    expect(review?.proposal?.revisionId).toBe(first.revisionId);
    expect(changed?.map((field) => [field.field, field.before, field.after])).toEqual([
      ["name", team.name, `Oasis ${world.word}`],
      ["description", "Jardins partagés.", "Jardins partagés et compost."],
      ["city", "Marrakech", "Ourika"],
    ]);
    expect(review?.decisions).toEqual([
      expect.objectContaining({ action: "REQUEST_CHANGES", revisionNumber: 1 }),
    ]);
  });

  test("deletes the logo nothing uses any more: a refused one, then a replaced one", async ({
    world,
  }) => {
    const team = await world.team();
    const moderator = await world.moderator();
    const logoOf = async (revisionId: string) =>
      (
        (await db.organisationRevision.findUniqueOrThrow({ where: { id: revisionId } }))
          .content as {
          logoPath: string;
        }
      ).logoPath;

    const refused = await world.proposal(team, team.owner, { logo: await png("#c0683f") });
    const refusedLogo = await logoOf(refused.revisionId);
    await rejectProfile(moderator, { ...refused, reasonCode: "inappropriate", message: "" });
    const first = await world.proposal(team, team.owner, { logo: await png("#1c6b3c") });
    const firstLogo = await logoOf(first.revisionId);
    await approveProfile(moderator, first);
    const second = await world.proposal(team, team.owner, { logo: await png("#2d5fa8") });
    await approveProfile(moderator, second);

    expect(await readStoredImage(refusedLogo)).toBeNull();
    expect(await readStoredImage(firstLogo)).toBeNull();
    expect(await readStoredImage(await logoOf(second.revisionId))).not.toBeNull();
  });

  test("refuses a version changed since the moderator opened it", async ({ world }) => {
    const team = await world.team();
    const shown = await world.proposal(team);
    await updateOrganisation(team.owner, world.input(team, { city: "Ourika" }), "fr");

    await expect(approveProfile(await world.moderator(), shown)).rejects.toMatchObject({
      code: "alreadyDecided",
    });
    expect(await decisionsOf(team.organisationId)).toEqual([]);
    expect((await getPublicOrganisation(team.slug))?.name).toBe(team.name);
  });
});

describe("the moderation log's rules for profile decisions", () => {
  test("refuses a decision about both an initiative and a profile edit", async ({ world }) => {
    const team = await world.team();
    const edit = await world.proposal(team);
    const moderator = await world.moderator();

    await expect(
      db.moderationDecision.create({
        data: {
          initiativeId: team.initiativeId,
          organisationId: team.organisationId,
          organisationRevisionId: edit.revisionId,
          moderatorId: moderator.id,
          action: "APPROVE",
        },
      }),
    ).rejects.toThrow(/ModerationDecision_one_subject/);
  });

  test("keeps a profile decision as written: no update, no delete", async ({ world }) => {
    const team = await world.team();
    const { decisionId } = await approveProfile(
      await world.moderator(),
      await world.proposal(team),
    );

    await expect(
      db.moderationDecision.update({ where: { id: decisionId }, data: { message: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.moderationDecision.delete({ where: { id: decisionId } })).rejects.toThrow(
      /append-only/,
    );
  });
});
