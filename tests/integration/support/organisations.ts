import { randomUUID } from "node:crypto";
import { test as base } from "vitest";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { deleteStoredImage } from "@/lib/images/storage";
import type { CreateOrganisationInput } from "@/lib/organisations/create-organisation";

type NewPerson = { verified?: boolean; locale?: Locale; name?: string };

export type Person = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: boolean;
};

/** A complete, valid organisation form as the schema outputs it. */
export function organisationInput(overrides: Partial<CreateOrganisationInput> = {}) {
  return {
    translations: {
      fr: { name: "Association Oasis Verte", description: "Reboisement à Figuig." },
      ar: { name: undefined, description: undefined },
      en: { name: undefined, description: undefined },
    },
    kind: "ASSOCIATION",
    regionCode: "MA-03",
    city: "Figuig",
    website: "https://oasis.example.org",
    socialLinks: [],
    clientToken: randomUUID(),
    ...overrides,
  } satisfies CreateOrganisationInput;
}

/**
 * The people and organisations one test needs, each with a name no other
 * test uses, deleted when the test ends.
 */
export class Organisations {
  readonly word = `orgtest${randomUUID().slice(0, 8)}`;
  private count = 0;
  private readonly userIds: string[] = [];
  private readonly organisationIds: string[] = [];

  async person({ verified = true, locale = "fr", name }: NewPerson = {}): Promise<Person> {
    this.count += 1;
    const user = await db.user.create({
      data: {
        email: `${this.word}-${this.count}@example.org`,
        name: name ?? null,
        locale,
        emailVerifiedAt: verified ? new Date() : null,
      },
    });
    this.userIds.push(user.id);

    return { id: user.id, email: user.email, name: user.name, emailVerified: verified };
  }

  /** An organisation owned by `owner`, with `editors` as its other members. */
  async organisation(owner: Person, editors: Person[] = []) {
    this.count += 1;
    const name = `Organisation ${this.word} ${this.count}`;
    const organisation = await db.organisation.create({
      data: {
        slug: `${this.word}-${this.count}`,
        name,
        originalLocale: "fr",
        kind: "ASSOCIATION",
        translations: { create: { locale: "fr", name } },
        memberships: {
          create: [
            { userId: owner.id, role: "OWNER" },
            ...editors.map((editor) => ({ userId: editor.id, role: "EDITOR" as const })),
          ],
        },
      },
    });
    this.organisationIds.push(organisation.id);

    return organisation;
  }

  /** An organisation made by the code under test, to delete it afterwards. */
  track(organisationId: string) {
    this.organisationIds.push(organisationId);
  }

  async role(userId: string, organisationId: string) {
    const membership = await db.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
    });

    return membership?.role ?? null;
  }

  // Moderation decisions are append-only and hold on to their initiative, so
  // organisations with decided initiatives stay behind (unpublished, private);
  // the test database is dropped at the end of the run.
  async cleanup() {
    const mine = {
      OR: [
        { id: { in: this.organisationIds } },
        { memberships: { some: { userId: { in: this.userIds } } } },
      ],
    };
    const organisations = await db.organisation.findMany({
      where: mine,
      select: { id: true, logoPath: true },
    });
    const ids = organisations.map((organisation) => organisation.id);

    await db.initiative.deleteMany({
      where: { organisationId: { in: ids }, decisions: { none: {} } },
    });
    await db.organisation.deleteMany({ where: { id: { in: ids }, initiatives: { none: {} } } });
    await Promise.all(
      organisations.map((organisation) => deleteStoredImage(organisation.logoPath ?? "")),
    );
    await db.user.deleteMany({ where: { id: { in: this.userIds }, decisions: { none: {} } } });
  }
}

/** A test that receives its own people and organisations and deletes them when it ends. */
export const test = base.extend<{ orgs: Organisations }>({
  // Vitest reads the fixtures a function needs from its destructured first argument.
  orgs: async ({}, use) => {
    const orgs = new Organisations();

    await use(orgs);
    await orgs.cleanup();
  },
});
