import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitation, viewInvitation } from "@/lib/organisations/invitation-acceptance";
import { inviteMember } from "@/lib/organisations/invitations";
import { linkIn, mailsTo } from "../support/read-mail";
import { test, type Organisations, type Person } from "./support/organisations";

const refusal = (code: string) => expect.objectContaining({ name: "AppError", code });

/** Invites `email` as the owner would, and returns the token of the link in the mail. */
async function invitationLink(owner: Person, organisationId: string, email: string) {
  await inviteMember(owner, { organisationId, email }, "fr");
  const mails = await mailsTo(process.env.MAIL_READER_URL ?? "", email);
  const mail = mails.at(-1);
  if (!mail) throw new Error(`No invitation mailed to ${email}`);

  return new URL(linkIn(mail)).searchParams.get("token") ?? "";
}

async function invited(orgs: Organisations, { verified = true } = {}) {
  const owner = await orgs.person({ name: "Youssef" });
  const organisation = await orgs.organisation(owner);
  const invitee = await orgs.person({ verified });
  const token = await invitationLink(owner, organisation.id, invitee.email);

  return { owner, organisation, invitee, token };
}

describe("accepting an invitation", () => {
  test("shows the invitation to the invited account, then makes it an editor", async ({ orgs }) => {
    const { organisation, invitee, token } = await invited(orgs);

    const view = await viewInvitation(invitee, token);
    const joined = await acceptInvitation(invitee, token);

    expect(view).toEqual(expect.objectContaining({ state: "open", inviter: "Youssef" }));
    expect(joined.organisationId).toBe(organisation.id);
    expect(await orgs.role(invitee.id, organisation.id)).toBe("EDITOR");
    expect(await viewInvitation(invitee, token)).toEqual({ state: "used" });
  });

  test("works once: a second use of the link is refused", async ({ orgs }) => {
    const { invitee, token } = await invited(orgs);

    const results = await Promise.allSettled([
      acceptInvitation(invitee, token),
      acceptInvitation(invitee, token),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    await expect(acceptInvitation(invitee, token)).rejects.toEqual(refusal("notFound"));
  });

  test("confirms the address of an account that had not confirmed it yet", async ({ orgs }) => {
    const { invitee, token } = await invited(orgs, { verified: false });

    await acceptInvitation(invitee, token);
    const user = await db.user.findUniqueOrThrow({ where: { id: invitee.id } });

    expect(user.emailVerifiedAt).not.toBeNull();
  });

  test("tells another account whose address the invitation is for, and refuses it", async ({
    orgs,
  }) => {
    const { organisation, invitee, token } = await invited(orgs);
    const owner = await orgs.person();
    const editor = await orgs.person();
    const outsider = await orgs.person();
    await orgs.organisation(owner, [editor]);

    for (const other of [owner, editor, outsider]) {
      const view = await viewInvitation(other, token);

      expect(view).toEqual({
        state: "otherAccount",
        invitedEmail: `${invitee.email.slice(0, 1)}***@example.org`,
      });
      await expect(acceptInvitation(other, token)).rejects.toEqual(refusal("notFound"));
      expect(await orgs.role(other.id, organisation.id)).toBeNull();
    }
  });

  test("asks an anonymous visitor to sign in", async ({ orgs }) => {
    const { token } = await invited(orgs);

    await expect(viewInvitation(null, token)).rejects.toEqual(refusal("signInRequired"));
    await expect(acceptInvitation(null, token)).rejects.toEqual(refusal("signInRequired"));
  });

  test("says when a link has expired, or was withdrawn or never existed", async ({ orgs }) => {
    const { organisation, invitee, token } = await invited(orgs);
    await db.invitation.updateMany({
      where: { organisationId: organisation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(await viewInvitation(invitee, token)).toEqual({ state: "expired" });
    await expect(acceptInvitation(invitee, token)).rejects.toEqual(refusal("notFound"));
    expect(await viewInvitation(invitee, "x".repeat(43))).toEqual({ state: "unknown" });
    expect(await orgs.role(invitee.id, organisation.id)).toBeNull();
  });
});
