import { describe, expect } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { organisationInput, test } from "./support/organisations";

const refusal = (code: string) => expect.objectContaining({ name: "AppError", code });

describe("createOrganisation", () => {
  test("makes the verified creator its owner, with the name in the first language written", async ({
    orgs,
  }) => {
    const creator = await orgs.person();
    const input = organisationInput({
      translations: {
        fr: { name: `Oasis ${orgs.word}`, description: "Reboisement." },
        ar: { name: `واحة ${orgs.word}`, description: "تشجير." },
        en: { name: undefined, description: undefined },
      },
    });

    const created = await createOrganisation(creator, input, "ar");
    orgs.track(created.id);
    const saved = await db.organisation.findUniqueOrThrow({
      where: { id: created.id },
      include: { translations: true, memberships: true },
    });

    expect(saved.originalLocale).toBe("ar");
    expect(saved.name).toBe(`واحة ${orgs.word}`);
    expect(saved.slug).toBe(`واحة-${orgs.word}`);
    expect(saved.translations.map((t) => t.locale).sort()).toEqual(["ar", "fr"]);
    expect(saved.memberships).toEqual([
      expect.objectContaining({ userId: creator.id, role: "OWNER" }),
    ]);
  });

  test("gives a second organisation of the same name a slug of its own", async ({ orgs }) => {
    const creator = await orgs.person();
    const name = { name: `Jeunes pour le climat ${orgs.word}`, description: undefined };
    const translations = { ...organisationInput().translations, fr: name };

    const first = await createOrganisation(creator, organisationInput({ translations }), "fr");
    const second = await createOrganisation(creator, organisationInput({ translations }), "fr");
    orgs.track(first.id);
    orgs.track(second.id);

    expect(first.slug).toBe(`jeunes-pour-le-climat-${orgs.word}`);
    expect(second.slug).toBe(`jeunes-pour-le-climat-${orgs.word}-2`);
  });

  test("creates nothing new when the same form arrives twice", async ({ orgs }) => {
    const creator = await orgs.person();
    const input = organisationInput();

    const [first, again] = await Promise.all([
      createOrganisation(creator, input, "fr"),
      createOrganisation(creator, input, "fr"),
    ]);
    const later = await createOrganisation(creator, input, "fr");
    orgs.track(first.id);

    expect(again.id).toBe(first.id);
    expect(later.id).toBe(first.id);
    expect(await db.organisation.count({ where: { clientToken: input.clientToken } })).toBe(1);
  });

  test("refuses an anonymous actor and an unverified account", async ({ orgs }) => {
    const unverified = await orgs.person({ verified: false });
    const input = organisationInput();

    await expect(createOrganisation(null, input, "fr")).rejects.toEqual(refusal("signInRequired"));
    await expect(createOrganisation(unverified, input, "fr")).rejects.toEqual(
      refusal("verificationRequired"),
    );
    expect(await db.organisation.count({ where: { clientToken: input.clientToken } })).toBe(0);
  });

  test("lets owners, editors and members of other organisations create one", async ({ orgs }) => {
    const owner = await orgs.person();
    const editor = await orgs.person();
    const outsider = await orgs.person();
    await orgs.organisation(owner, [editor]);
    await orgs.organisation(outsider);

    for (const person of [owner, editor, outsider]) {
      const created = await createOrganisation(person, organisationInput(), "fr");
      orgs.track(created.id);

      expect(await orgs.role(person.id, created.id)).toBe("OWNER");
    }
  });

  test("refuses a token already used by someone else's organisation", async ({ orgs }) => {
    const first = await orgs.person();
    const second = await orgs.person();
    const input = organisationInput();
    orgs.track((await createOrganisation(first, input, "fr")).id);

    const attempt = createOrganisation(second, input, "fr");

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toEqual(refusal("conflict"));
  });
});
