import sharp from "sharp";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { readStoredImage } from "@/lib/images/storage";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { organisationInput, test } from "./support/organisations";

async function png(width: number) {
  const bytes = await sharp({
    create: { width, height: width, channels: 3, background: "#1c6b3c" },
  })
    .png()
    .toBuffer();

  return new File([bytes as BlobPart], "logo.png", { type: "image/png" });
}

const logoOf = async (id: string) =>
  (await db.organisation.findUniqueOrThrow({ where: { id } })).logoPath;

describe("organisation logos", () => {
  test("stores a logo re-encoded as WebP, at most 512 pixels wide", async ({ orgs }) => {
    const creator = await orgs.person();

    const created = await createOrganisation(
      creator,
      organisationInput({ logo: await png(1200) }),
      "fr",
    );
    orgs.track(created.id);
    const stored = await readStoredImage((await logoOf(created.id)) ?? "");
    const metadata = await sharp(stored ?? Buffer.alloc(0)).metadata();

    expect(metadata.format).toBe("webp");
    expect(metadata.width).toBe(512);
  });

  test("refuses a file that is not an image next to the logo field, creating nothing", async ({
    orgs,
  }) => {
    const creator = await orgs.person();
    const input = organisationInput({
      logo: new File(["<svg onload=alert(1)>"], "logo.png", { type: "image/png" }),
    });

    await expect(createOrganisation(creator, input, "fr")).rejects.toEqual(
      expect.objectContaining({ field: "logo", fieldMessage: "imageTypeRefused" }),
    );
    expect(await db.organisation.count({ where: { clientToken: input.clientToken } })).toBe(0);
  });

  test("replaces the logo on edit and deletes the former file", async ({ orgs }) => {
    const owner = await orgs.person();
    const created = await createOrganisation(
      owner,
      organisationInput({ logo: await png(100) }),
      "fr",
    );
    orgs.track(created.id);
    const first = (await logoOf(created.id)) ?? "";
    const { clientToken: _token, ...fields } = organisationInput({ logo: await png(80) });

    await updateOrganisation(
      owner,
      { ...fields, organisationId: created.id, removeLogo: false },
      "fr",
    );
    const second = await logoOf(created.id);

    expect(second).not.toBe(first);
    expect(await readStoredImage(second ?? "")).not.toBeNull();
    expect(await readStoredImage(first)).toBeNull();
  });

  test("removes the logo when asked, and keeps it otherwise", async ({ orgs }) => {
    const owner = await orgs.person();
    const created = await createOrganisation(
      owner,
      organisationInput({ logo: await png(100) }),
      "fr",
    );
    orgs.track(created.id);
    const logo = (await logoOf(created.id)) ?? "";
    const { clientToken: _token, ...fields } = organisationInput();
    const edit = { ...fields, organisationId: created.id };

    await updateOrganisation(owner, { ...edit, removeLogo: false }, "fr");
    expect(await logoOf(created.id)).toBe(logo);

    await updateOrganisation(owner, { ...edit, removeLogo: true }, "fr");
    expect(await logoOf(created.id)).toBeNull();
    expect(await readStoredImage(logo)).toBeNull();
  });
});
