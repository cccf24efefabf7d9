import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Locale, UserRole } from "@/lib/generated/prisma/enums";
import { createInitiative } from "@/lib/initiatives/create-initiative";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import { decisionMailsSent } from "@/lib/moderation/decision-mail";
import { createInput, frenchFields, updateInput } from "./initiative-form";

type Fields = Parameters<typeof createInput>[0];

export type Association = { organisationId: string; owner: CurrentUser; editor: CurrentUser };

/**
 * The people, organisations and initiatives one moderation test needs, each
 * named with a word no other test uses. Decisions are append-only and hold
 * on to their initiative and moderator, so those rows stay behind; the test
 * database is dropped at the end of the run.
 */
export class ModerationWorld {
  readonly word = `modtest${randomUUID().slice(0, 8)}`;
  private count = 0;
  private readonly userIds: string[] = [];
  private readonly organisationIds: string[] = [];

  async person(role: UserRole = "MEMBER", locale: Locale = "fr"): Promise<CurrentUser> {
    this.count += 1;
    const user = await db.user.create({
      data: {
        email: `${this.word}-${this.count}@example.org`,
        role,
        locale,
        emailVerifiedAt: new Date(),
      },
    });
    this.userIds.push(user.id);

    return { ...user, emailVerified: true };
  }

  /** A moderator limited to these regions; with none, a moderator of the whole country. */
  async moderator(regionCodes: string[] = []): Promise<CurrentUser> {
    const moderator = await this.person("MODERATOR");
    await db.moderatorRegion.createMany({
      data: regionCodes.map((regionCode) => ({ userId: moderator.id, regionCode })),
    });

    return moderator;
  }

  /** An organisation whose owner reads French and whose editor reads Arabic. */
  async association(): Promise<Association> {
    const owner = await this.person("MEMBER", "fr");
    const editor = await this.person("MEMBER", "ar");
    const name = `Association ${this.word}`;
    const organisation = await db.organisation.create({
      data: {
        slug: `${this.word}-org-${this.count}`,
        name,
        originalLocale: "fr",
        kind: "ASSOCIATION",
        translations: { create: { locale: "fr", name } },
        memberships: {
          create: [
            { userId: owner.id, role: "OWNER" },
            { userId: editor.id, role: "EDITOR" },
          ],
        },
      },
    });
    this.organisationIds.push(organisation.id);

    return { organisationId: organisation.id, owner, editor };
  }

  /** A new initiative sent for review through the form (in Marrakech-Safi, MA-07). */
  async submission(association: Association, extra: Fields = {}) {
    const input = createInput({
      ...frenchFields(this.word),
      intent: "submit",
      organisationId: association.organisationId,
      clientToken: randomUUID(),
      ...extra,
    });
    const saved = await createInitiative(association.owner, input, "fr");
    const row = await db.initiative.findUniqueOrThrow({ where: { id: saved.id } });

    return { initiativeId: row.id, slug: row.slug, submittedAt: row.submittedAt ?? new Date(0) };
  }

  /** An initiative that a moderator published earlier. */
  async published(association: Association, extra: Fields = {}) {
    const { initiativeId, slug } = await this.submission(association, extra);
    await db.initiative.update({
      where: { id: initiativeId },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });

    return { initiativeId, slug };
  }

  /** An edit of a published initiative, sent for review by `author`. */
  async edit(initiativeId: string, author: CurrentUser, extra: Fields = {}) {
    await updateInitiative(
      author,
      updateInput({
        ...frenchFields(this.word),
        "translations.fr.title": `Jardin agrandi ${this.word}`,
        city: "Ourika",
        intent: "submit",
        initiativeId,
        ...extra,
      }),
    );
    const revision = await db.initiativeRevision.findFirstOrThrow({
      where: { initiativeId, status: "PENDING_REVIEW" },
    });

    return {
      initiativeId,
      revisionId: revision.id,
      submittedAt: revision.submittedAt ?? new Date(0),
    };
  }

  async report(initiativeId: string, createdAt = new Date()) {
    return db.report.create({
      data: { initiativeId, reasonCode: "inaccurate", text: "Les dates sont fausses.", createdAt },
    });
  }

  async cleanup() {
    // Mails still being sent would read rows deleted here.
    await decisionMailsSent();
    const organisationId = { in: this.organisationIds };

    await db.initiative.deleteMany({ where: { organisationId, decisions: { none: {} } } });
    await db.organisation.deleteMany({
      where: { id: organisationId, initiatives: { none: {} } },
    });
    await db.user.deleteMany({ where: { id: { in: this.userIds }, decisions: { none: {} } } });
  }
}

/** A test that receives its own moderation world and cleans it up when it ends. */
export const test = base.extend<{ world: ModerationWorld }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  world: async ({}, use) => {
    const world = new ModerationWorld();

    await use(world);
    await world.cleanup();
  },
});
