import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Locale, UserRole } from "@/lib/generated/prisma/enums";
import { deleteStoredImage } from "@/lib/images/storage";
import { decisionMailsSent } from "@/lib/moderation/decision-mail";
import { readOrganisationForm } from "@/lib/organisations/organisation-form-data";
import { updateOrganisationSchema } from "@/lib/organisations/organisation-schema";
import { updateOrganisation } from "@/lib/organisations/update-organisation";

type Fields = Record<string, string | string[] | File>;

export type Team = {
  organisationId: string;
  slug: string;
  name: string;
  /** Reads French. */
  owner: CurrentUser;
  /** Reads Arabic. */
  editor: CurrentUser;
  initiativeId: string | null;
};

function formDataOf(fields: Fields): FormData {
  const formData = new FormData();

  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  }

  return formData;
}

/**
 * Organisations whose profile one test edits, public (one published
 * initiative) or not yet, with their members and moderators, each named with
 * a word no other test uses. Decisions are append-only and hold on to their
 * organisation and moderator, so those rows stay behind, their initiatives
 * archived; the test database is dropped at the end of the run.
 */
export class ProfileWorld {
  readonly word = `proftest${randomUUID().slice(0, 8)}`;
  private count = 0;
  private readonly userIds: string[] = [];
  private readonly organisationIds: string[] = [];

  private next(kind: string) {
    this.count += 1;

    return `${this.word}-${kind}-${this.count}`;
  }

  async person(role: UserRole = "MEMBER", locale: Locale = "fr"): Promise<CurrentUser> {
    const user = await db.user.create({
      data: {
        email: `${this.next("user")}@example.org`,
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

  /** An organisation in Marrakech-Safi (MA-07), public once `published` is true. */
  async team({ published = true, regionCode = "MA-07" } = {}): Promise<Team> {
    const owner = await this.person("MEMBER", "fr");
    const editor = await this.person("MEMBER", "ar");
    const name = `Association ${this.word} ${this.count}`;
    const organisation = await db.organisation.create({
      data: {
        slug: this.next("org"),
        name,
        originalLocale: "fr",
        kind: "ASSOCIATION",
        regionCode,
        city: "Marrakech",
        translations: { create: { locale: "fr", name, description: "Jardins partagés." } },
        memberships: {
          create: [
            { userId: owner.id, role: "OWNER" },
            { userId: editor.id, role: "EDITOR" },
          ],
        },
      },
    });
    this.organisationIds.push(organisation.id);
    const initiativeId = published ? await this.publishedInitiative(organisation.id) : null;

    return {
      organisationId: organisation.id,
      slug: organisation.slug,
      name,
      owner,
      editor,
      initiativeId,
    };
  }

  private async publishedInitiative(organisationId: string) {
    const initiative = await db.initiative.create({
      data: {
        slug: this.next("initiative"),
        organisationId,
        status: "PUBLISHED",
        originalLocale: "fr",
        regionCode: "MA-07",
        publishedAt: new Date(),
        translations: { create: { locale: "fr", title: `Potager ${this.word}` } },
        regions: { create: { regionCode: "MA-07" } },
        themes: { create: { themeSlug: "agriculture", isPrimary: true } },
      },
    });

    return initiative.id;
  }

  /** The profile form of this organisation as the browser sends it, with a new name. */
  input(team: Team, fields: Fields = {}) {
    const form = formDataOf({
      organisationId: team.organisationId,
      "translations.fr.name": `Oasis ${this.word}`,
      "translations.fr.description": "Jardins partagés et compost.",
      kind: "ASSOCIATION",
      regionCode: "MA-07",
      city: "Marrakech",
      ...fields,
    });

    return updateOrganisationSchema.parse(readOrganisationForm(form));
  }

  /** The form with exactly the public profile of `team`, as `team` created it. */
  unchangedInput(team: Team) {
    return this.input(team, {
      "translations.fr.name": team.name,
      "translations.fr.description": "Jardins partagés.",
    });
  }

  /** An edit of the profile saved by `author` and waiting for review. */
  async proposal(team: Team, author: CurrentUser = team.owner, fields: Fields = {}) {
    await updateOrganisation(author, this.input(team, fields), "fr");
    const revision = await db.organisationRevision.findFirstOrThrow({
      where: { organisationId: team.organisationId, status: "PENDING_REVIEW" },
    });

    return {
      organisationId: team.organisationId,
      revisionId: revision.id,
      submittedAt: revision.submittedAt ?? new Date(0),
    };
  }

  async cleanup() {
    // Mails still being sent would read rows deleted here.
    await decisionMailsSent();
    const organisationId = { in: this.organisationIds };
    const logos = await db.organisation.findMany({
      where: { id: organisationId },
      select: { logoPath: true },
    });

    await db.organisationRevision.updateMany({
      where: { organisationId, status: "PENDING_REVIEW" },
      data: { status: "WITHDRAWN" },
    });
    await db.initiative.updateMany({ where: { organisationId }, data: { status: "ARCHIVED" } });
    await db.initiative.deleteMany({ where: { organisationId, decisions: { none: {} } } });
    await db.organisation.deleteMany({
      where: { id: organisationId, initiatives: { none: {} }, decisions: { none: {} } },
    });
    await Promise.all(logos.map(({ logoPath }) => deleteStoredImage(logoPath ?? "")));
    await db.user.deleteMany({ where: { id: { in: this.userIds }, decisions: { none: {} } } });
  }
}

/** A test that receives its own world and clears it from the queue when it ends. */
export const test = base.extend<{ world: ProfileWorld }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  world: async ({}, use) => {
    const world = new ProfileWorld();

    await use(world);
    await world.cleanup();
  },
});
