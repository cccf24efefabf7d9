import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { inviteMember, revokeInvitation } from "@/lib/organisations/invitations";
import { removeMember, transferOwnership } from "@/lib/organisations/member-changes";
import { getMembersPage } from "@/lib/organisations/members";
import { linkIn, mailsTo } from "../support/read-mail";
import { test, type Organisations } from "./support/organisations";

const refusal = (code: string) => expect.objectContaining({ name: "AppError", code });
const notFound = refusal("notFound");

async function team(orgs: Organisations) {
  const owner = await orgs.person({ name: "Amina" });
  const editor = await orgs.person();
  const outsider = await orgs.person();
  const organisation = await orgs.organisation(owner, [editor]);
  await orgs.organisation(outsider);

  return { owner, editor, outsider, organisation };
}

const pendingFor = (organisationId: string) =>
  db.invitation.findMany({ where: { organisationId, acceptedAt: null } });

describe("members page", () => {
  test("lists members and open invitations for the owner only", async ({ orgs }) => {
    const { owner, editor, outsider, organisation } = await team(orgs);
    await inviteMember(
      owner,
      { organisationId: organisation.id, email: `x-${orgs.word}@example.org` },
      "fr",
    );

    const page = await getMembersPage(owner, organisation.id);

    expect(page.members.map((m) => [m.user.id, m.role])).toEqual([
      [owner.id, "OWNER"],
      [editor.id, "EDITOR"],
    ]);
    expect(page.invitations.map((i) => i.email)).toEqual([`x-${orgs.word}@example.org`]);
    for (const actor of [null, editor, outsider]) {
      await expect(getMembersPage(actor, organisation.id)).rejects.toEqual(notFound);
    }
  });
});

describe("inviteMember", () => {
  test("mails a 7-day link in the page's language to an unknown address", async ({ orgs }) => {
    const { owner, organisation } = await team(orgs);
    const email = `new-${orgs.word}@example.org`;

    await inviteMember(owner, { organisationId: organisation.id, email }, "ar");
    const [mail] = await mailsTo(process.env.MAIL_READER_URL ?? "", email);
    const [invitation] = await pendingFor(organisation.id);

    expect(mail?.subject).toBe(`انضم إلى ${organisation.name} على «المغرب في حركة»`);
    expect(mail?.text).toContain("يدعوك Amina");
    expect(mail?.html).toContain(`الانضمام إلى ${organisation.name}</a>`);
    expect(mail && linkIn(mail)).toMatch(/\/ar\/invitations\/accept\?token=[\w-]{43}$/);
    expect(invitation?.role).toBe("EDITOR");
    const days = ((invitation?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  test("writes to someone with an account in the language they chose", async ({ orgs }) => {
    const { owner, organisation } = await team(orgs);
    const invitee = await orgs.person({ locale: "en" });

    await inviteMember(owner, { organisationId: organisation.id, email: invitee.email }, "fr");
    const [mail] = await mailsTo(process.env.MAIL_READER_URL ?? "", invitee.email);

    expect(mail?.subject).toBe(`Join ${organisation.name} on Maroc en Action`);
    expect(mail && linkIn(mail)).toContain("/en/invitations/accept?token=");
  });

  test("replaces an earlier invitation to the same address", async ({ orgs }) => {
    const { owner, organisation } = await team(orgs);
    const email = `again-${orgs.word}@example.org`;

    await inviteMember(owner, { organisationId: organisation.id, email }, "fr");
    await inviteMember(owner, { organisationId: organisation.id, email }, "fr");

    expect(await pendingFor(organisation.id)).toHaveLength(1);
  });

  test("refuses to invite someone who is already a member", async ({ orgs }) => {
    const { owner, editor, organisation } = await team(orgs);

    await expect(
      inviteMember(owner, { organisationId: organisation.id, email: editor.email }, "fr"),
    ).rejects.toEqual(expect.objectContaining({ field: "email", fieldMessage: "memberAlreadyIn" }));
  });

  test("answers notFound to editors, outsiders and anonymous visitors", async ({ orgs }) => {
    const { editor, outsider, organisation } = await team(orgs);
    const email = `spam-${orgs.word}@example.org`;

    for (const actor of [null, editor, outsider]) {
      await expect(
        inviteMember(actor, { organisationId: organisation.id, email }, "fr"),
      ).rejects.toEqual(notFound);
    }
    expect(await pendingFor(organisation.id)).toEqual([]);
  });
});

describe("revokeInvitation", () => {
  test("lets only the owner withdraw a pending invitation", async ({ orgs }) => {
    const { owner, editor, outsider, organisation } = await team(orgs);
    const target = {
      organisationId: organisation.id,
      invitationId: (
        await inviteMember(
          owner,
          { organisationId: organisation.id, email: `r-${orgs.word}@example.org` },
          "fr",
        )
      ).id,
    };

    for (const actor of [null, editor, outsider]) {
      await expect(revokeInvitation(actor, target)).rejects.toEqual(notFound);
    }
    expect(await pendingFor(organisation.id)).toHaveLength(1);

    await revokeInvitation(owner, target);
    expect(await pendingFor(organisation.id)).toEqual([]);
    await expect(revokeInvitation(owner, target)).rejects.toEqual(notFound);
  });
});

describe("removeMember", () => {
  test("lets the owner remove an editor, and nobody else remove anyone", async ({ orgs }) => {
    const { owner, editor, outsider, organisation } = await team(orgs);
    const target = { organisationId: organisation.id, userId: editor.id };

    for (const actor of [null, editor, outsider]) {
      await expect(removeMember(actor, target)).rejects.toEqual(notFound);
    }
    await expect(
      removeMember(editor, { organisationId: organisation.id, userId: owner.id }),
    ).rejects.toEqual(notFound);
    expect(await orgs.role(editor.id, organisation.id)).toBe("EDITOR");

    await removeMember(owner, target);
    expect(await orgs.role(editor.id, organisation.id)).toBeNull();
  });

  test("keeps the last owner", async ({ orgs }) => {
    const { owner, organisation } = await team(orgs);

    await expect(
      removeMember(owner, { organisationId: organisation.id, userId: owner.id }),
    ).rejects.toEqual(
      expect.objectContaining({ field: "userId", fieldMessage: "memberLastOwner" }),
    );
    expect(await orgs.role(owner.id, organisation.id)).toBe("OWNER");
  });
});

describe("transferOwnership", () => {
  test("makes the chosen member owner and the former owner an editor", async ({ orgs }) => {
    const { owner, editor, organisation } = await team(orgs);

    await transferOwnership(owner, { organisationId: organisation.id, userId: editor.id });

    expect(await orgs.role(editor.id, organisation.id)).toBe("OWNER");
    expect(await orgs.role(owner.id, organisation.id)).toBe("EDITOR");
    await expect(getMembersPage(owner, organisation.id)).rejects.toEqual(notFound);
  });

  test("is refused to editors, outsiders and anonymous visitors", async ({ orgs }) => {
    const { owner, editor, outsider, organisation } = await team(orgs);

    for (const actor of [null, editor, outsider]) {
      const target = { organisationId: organisation.id, userId: actor?.id ?? editor.id };
      await expect(transferOwnership(actor, target)).rejects.toEqual(notFound);
    }
    expect(await orgs.role(owner.id, organisation.id)).toBe("OWNER");
  });

  test("refuses a person who is not a member, changing nothing", async ({ orgs }) => {
    const { owner, outsider, organisation } = await team(orgs);

    await expect(
      transferOwnership(owner, { organisationId: organisation.id, userId: outsider.id }),
    ).rejects.toEqual(expect.objectContaining({ fieldMessage: "memberMissing" }));
    expect(await orgs.role(owner.id, organisation.id)).toBe("OWNER");
    expect(await orgs.role(outsider.id, organisation.id)).toBeNull();
  });

  test("leaves exactly one owner when two hand-overs are sent at once", async ({ orgs }) => {
    const { owner, editor, organisation } = await team(orgs);
    const second = await orgs.person();
    await db.membership.create({
      data: { userId: second.id, organisationId: organisation.id, role: "EDITOR" },
    });

    const results = await Promise.allSettled([
      transferOwnership(owner, { organisationId: organisation.id, userId: editor.id }),
      transferOwnership(owner, { organisationId: organisation.id, userId: second.id }),
    ]);
    const owners = await db.membership.count({
      where: { organisationId: organisation.id, role: "OWNER" },
    });

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(owners).toBe(1);
    expect(await orgs.role(owner.id, organisation.id)).toBe("EDITOR");
  });
});
