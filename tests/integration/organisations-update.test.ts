import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { getEditableOrganisation } from "@/lib/organisations/editable-organisation";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { organisationInput, test, type Organisations } from "./support/organisations";

const notFound = expect.objectContaining({ name: "AppError", code: "notFound" });

function changes(organisationId: string, word: string) {
  const { clientToken: _token, ...input } = organisationInput({
    translations: {
      fr: { name: `Nouveau nom ${word}`, description: "Nouvelle description." },
      ar: { name: undefined, description: undefined },
      en: { name: `New name ${word}`, description: undefined },
    },
    kind: "COOPERATIVE",
    regionCode: "MA-07",
    website: undefined,
    socialLinks: ["https://www.facebook.com/oasis"],
  });

  return { ...input, organisationId, removeLogo: false };
}

async function team(orgs: Organisations) {
  const owner = await orgs.person();
  const editor = await orgs.person();
  const outsider = await orgs.person();
  const organisation = await orgs.organisation(owner, [editor]);
  await orgs.organisation(outsider);

  return { owner, editor, outsider, organisation };
}

describe("updateOrganisation", () => {
  test("lets the owner and an editor save the profile; the slug stays", async ({ orgs }) => {
    const { owner, editor, organisation } = await team(orgs);

    await updateOrganisation(owner, changes(organisation.id, orgs.word), "en");
    await updateOrganisation(editor, changes(organisation.id, `${orgs.word}b`), "en");
    const saved = await db.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      include: { translations: { orderBy: { locale: "asc" } } },
    });

    expect(saved.slug).toBe(organisation.slug);
    expect(saved.originalLocale).toBe("fr");
    expect(saved.name).toBe(`Nouveau nom ${orgs.word}b`);
    expect(saved.kind).toBe("COOPERATIVE");
    expect(saved.website).toBeNull();
    expect(saved.socialLinks).toEqual(["https://www.facebook.com/oasis"]);
    expect(saved.translations.map((t) => [t.locale, t.name])).toEqual([
      ["fr", `Nouveau nom ${orgs.word}b`],
      ["en", `New name ${orgs.word}b`],
    ]);
  });

  test("drops a language cleared in the form and moves the original language", async ({ orgs }) => {
    const { owner, organisation } = await team(orgs);
    const input = changes(organisation.id, orgs.word);
    input.translations.fr = { name: undefined, description: undefined };

    await updateOrganisation(owner, input, "ar");
    const saved = await db.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      include: { translations: true },
    });

    expect(saved.originalLocale).toBe("en");
    expect(saved.name).toBe(`New name ${orgs.word}`);
    expect(saved.translations.map((t) => t.locale)).toEqual(["en"]);
  });

  test("answers notFound to anyone who is not a member, and changes nothing", async ({ orgs }) => {
    const { outsider, organisation } = await team(orgs);

    for (const actor of [null, outsider]) {
      await expect(
        updateOrganisation(actor, changes(organisation.id, orgs.word), "fr"),
      ).rejects.toEqual(notFound);
      await expect(getEditableOrganisation(actor, organisation.id)).rejects.toEqual(notFound);
    }
    const saved = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(saved.name).toBe(organisation.name);
  });

  test("shows the profile to its owner and editors with their role", async ({ orgs }) => {
    const { owner, editor, organisation } = await team(orgs);

    expect((await getEditableOrganisation(owner, organisation.id)).role).toBe("OWNER");
    expect((await getEditableOrganisation(editor, organisation.id)).role).toBe("EDITOR");
  });
});
