import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { test as base } from "vitest";
import { db } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { readInitiativeForm } from "@/lib/initiatives/form-data";
import { createInitiativeSchema, updateInitiativeSchema } from "@/lib/initiatives/form-schema";
import { Fixtures } from "./fixtures";

type Fields = Record<string, string | string[] | File>;

/** The fields of a complete French initiative, as the browser sends them. */
export function frenchFields(word: string): Fields {
  return {
    "translations.fr.title": `Jardin partagé ${word}`,
    "translations.fr.summary": "Un potager collectif arrosé au goutte-à-goutte.",
    "translations.fr.description": "Chaque samedi, les habitants cultivent et partagent.",
    regionCode: "MA-07",
    city: "Marrakech",
    themes: ["agriculture"],
    startDate: "2026-03-21",
    "links.0": "https://jardin.example.ma",
  };
}

function formDataOf(fields: Fields): FormData {
  const formData = new FormData();

  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  }

  return formData;
}

export function createInput(fields: Fields) {
  return createInitiativeSchema.parse(readInitiativeForm(formDataOf(fields)));
}

export function updateInput(fields: Fields) {
  return updateInitiativeSchema.parse(readInitiativeForm(formDataOf(fields)));
}

export async function photo(name = "photo.jpg") {
  const bytes = await sharp({
    create: { width: 640, height: 480, channels: 3, background: "#c0683f" },
  })
    .jpeg()
    .toBuffer();

  return new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });
}

/** An organisation with an owner and an editor, and a member of another organisation. */
export class FormWorld extends Fixtures {
  private readonly userIds: string[] = [];

  async user(label: string) {
    const user = await db.user.create({
      data: { email: `${label}-${randomUUID()}@example.org`, emailVerifiedAt: new Date() },
    });
    this.userIds.push(user.id);

    return { id: user.id };
  }

  async member(organisationId: string, role: MembershipRole) {
    const user = await this.user(role.toLowerCase());
    await db.membership.create({ data: { userId: user.id, organisationId, role } });

    return user;
  }

  async actors() {
    const organisation = await this.organisation("Association Oasis");
    const elsewhere = await this.organisation("Autre association");

    return {
      organisation,
      owner: await this.member(organisation.id, "OWNER"),
      editor: await this.member(organisation.id, "EDITOR"),
      outsider: await this.member(elsewhere.id, "OWNER"),
    };
  }

  override async cleanup() {
    await super.cleanup();
    await db.user.deleteMany({ where: { id: { in: this.userIds } } });
  }
}

export const test = base.extend<{ world: FormWorld }>({
  world: async ({}, use) => {
    const world = new FormWorld();

    await use(world);
    await world.cleanup();
  },
});
