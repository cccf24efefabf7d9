import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import { db } from "@/lib/db/client";
import type {
  InitiativeStatus,
  Locale,
  ModerationAction,
  ReportStatus,
  RevisionStatus,
  UserRole,
} from "@/lib/generated/prisma/enums";
import type { InitiativeContent } from "@/lib/initiatives/content";

type Translation = { locale: Locale; title: string; summary?: string; description?: string };

type NewInitiative = {
  status?: InitiativeStatus;
  organisationId?: string;
  originalLocale?: Locale;
  translations?: Translation[];
  regionCodes?: string[];
  themeSlugs?: string[];
  submittedAt?: Date | null;
  city?: string;
};

type NewDecision = {
  action: ModerationAction;
  createdAt?: Date;
  revisionId?: string;
  reasonCode?: string;
  message?: string;
  submittedAt?: Date;
  content?: InitiativeContent;
};

/** A day of January 2000: older than anything else, so a test's items open the queue. */
export const longAgo = (day: number, hour = 0) => new Date(Date.UTC(2000, 0, day, hour));

/** A whole initiative as a revision holds it, French only unless overridden. */
export function contentOf(overrides: Partial<InitiativeContent> = {}): InitiativeContent {
  return {
    originalLocale: "fr",
    translations: [{ locale: "fr", title: "Titre", summary: "Résumé", description: "Texte" }],
    regionCode: "MA-07",
    regionCodes: ["MA-07"],
    city: "Marrakech",
    themeSlugs: ["water"],
    startDate: "2026-03-21",
    endDate: null,
    links: [],
    images: [],
    ...overrides,
  };
}

/**
 * Moderators, organisations and queue items written straight in the
 * database, with the dates a test needs. Decisions are append-only and keep
 * their initiative and moderator: those rows are archived, not deleted, so
 * they leave the queue; the test database is dropped at the end of the run.
 */
export class ReviewWorld {
  readonly word = `review${randomUUID().slice(0, 8)}`;
  private count = 0;
  private readonly userIds: string[] = [];
  private readonly organisationIds: string[] = [];

  private next(kind: string) {
    this.count += 1;

    return `${this.word}-${kind}-${this.count}`;
  }

  async person(role: UserRole = "MEMBER", regionCodes: string[] = [], name?: string) {
    const user = await db.user.create({
      data: {
        email: `${this.next("user")}@example.org`,
        name: name ?? null,
        role,
        emailVerifiedAt: new Date(),
        moderatorRegions: { create: regionCodes.map((regionCode) => ({ regionCode })) },
      },
      select: { id: true, email: true, name: true, role: true },
    });
    this.userIds.push(user.id);

    return user;
  }

  async organisation(name = `Association ${this.word}`, memberIds: string[] = []) {
    const organisation = await db.organisation.create({
      data: {
        slug: this.next("org"),
        name,
        originalLocale: "fr",
        kind: "ASSOCIATION",
        regionCode: "MA-07",
        city: "Marrakech",
        website: "https://asso.example.ma",
        translations: { create: [{ locale: "fr", name }] },
        memberships: { create: memberIds.map((userId) => ({ userId, role: "OWNER" as const })) },
      },
    });
    this.organisationIds.push(organisation.id);

    return organisation;
  }

  async initiative(input: NewInitiative = {}) {
    const regionCodes = input.regionCodes ?? ["MA-07"];
    const status = input.status ?? "PENDING_REVIEW";
    const translations = input.translations ?? [
      { locale: "fr", title: `Initiative ${this.word}`, summary: "Résumé", description: "Texte" },
    ];

    return db.initiative.create({
      data: {
        slug: this.next("initiative"),
        organisationId: input.organisationId ?? (await this.defaultOrganisation()),
        status,
        originalLocale: input.originalLocale ?? "fr",
        regionCode: regionCodes[0] ?? null,
        city: input.city ?? "Marrakech",
        startDate: new Date("2026-03-21"),
        submittedAt: input.submittedAt === undefined ? longAgo(1) : input.submittedAt,
        publishedAt: status === "PUBLISHED" ? longAgo(1) : null,
        translations: { create: translations },
        regions: { create: regionCodes.map((regionCode) => ({ regionCode })) },
        themes: {
          create: (input.themeSlugs ?? ["water"]).map((themeSlug, i) => ({
            themeSlug,
            isPrimary: i === 0,
          })),
        },
      },
    });
  }

  async revision(
    initiativeId: string,
    content: InitiativeContent,
    {
      status = "PENDING_REVIEW",
      submittedAt = longAgo(1),
    }: { status?: RevisionStatus; submittedAt?: Date } = {},
  ) {
    const last = await db.initiativeRevision.count({ where: { initiativeId } });

    return db.initiativeRevision.create({
      data: { initiativeId, number: last + 1, status, content, submittedAt },
    });
  }

  async report(
    initiativeId: string,
    {
      createdAt = longAgo(1),
      status = "OPEN",
      text = "Lien mort.",
      locale = "fr",
      reasonCode = "outdated",
    }: {
      createdAt?: Date;
      status?: ReportStatus;
      text?: string;
      locale?: Locale;
      reasonCode?: string;
    } = {},
  ) {
    return db.report.create({
      data: { initiativeId, createdAt, status, text, locale, reasonCode },
    });
  }

  async decision(initiativeId: string, moderatorId: string, decision: NewDecision) {
    return db.moderationDecision.create({
      data: {
        initiativeId,
        moderatorId,
        fromStatus: "PENDING_REVIEW",
        toStatus: decision.action === "APPROVE" ? "PUBLISHED" : "CHANGES_REQUESTED",
        ...decision,
      },
    });
  }

  private defaultOrganisationId: string | undefined;

  private async defaultOrganisation() {
    this.defaultOrganisationId ??= (await this.organisation()).id;

    return this.defaultOrganisationId;
  }

  async cleanup() {
    const organisationId = { in: this.organisationIds };

    await db.initiative.updateMany({ where: { organisationId }, data: { status: "ARCHIVED" } });
    await db.initiative.deleteMany({ where: { organisationId, decisions: { none: {} } } });
    await db.organisation.deleteMany({ where: { id: organisationId, initiatives: { none: {} } } });
    await db.user.deleteMany({ where: { id: { in: this.userIds }, decisions: { none: {} } } });
  }
}

/** A test that receives its own world and clears it from the queue when it ends. */
export const test = base.extend<{ world: ReviewWorld }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  world: async ({}, use) => {
    const world = new ReviewWorld();

    await use(world);
    await world.cleanup();
  },
});
