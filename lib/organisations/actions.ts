"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { createOrganisation } from "./create-organisation";
import { acceptInvitation } from "./invitation-acceptance";
import {
  acceptInvitationSchema,
  invitationTargetSchema,
  inviteSchema,
  memberTargetSchema,
  transferSchema,
} from "./invitation-schema";
import { inviteMember, revokeInvitation } from "./invitations";
import { removeMember, transferOwnership } from "./member-changes";
import type { MembersNotice, MySpaceNotice } from "./notices";
import { readOrganisationForm } from "./organisation-form-data";
import { createOrganisationSchema, updateOrganisationSchema } from "./organisation-schema";
import type { SavedProfile } from "./saved-profile";
import { updateOrganisation } from "./update-organisation";

// Every action here ends on a page that shows the outcome, so a form works
// the same without JavaScript. The result type stays that of a plain form.

function toMySpace(locale: AppLocale, notice: MySpaceNotice): ActionResult {
  return redirect({ href: `/my-space?notice=${notice}`, locale });
}

const SAVED_NOTICE = {
  saved: "updated",
  submitted: "profileSubmitted",
  unchanged: "profileUnchanged",
} as const satisfies Record<SavedProfile["outcome"], MySpaceNotice>;

function toMembers(locale: AppLocale, organisationId: string, notice: MembersNotice): ActionResult {
  const href = `/my-space/organisations/${organisationId}/members?notice=${notice}`;

  return redirect({ href, locale });
}

export const createOrganisationAction = defineFormAction({
  access: "verified",
  schema: createOrganisationSchema,
  read: readOrganisationForm,
  async run(input, { user, locale }) {
    await createOrganisation(user, input, locale);

    return toMySpace(locale, "created");
  },
});

export const updateOrganisationAction = defineFormAction({
  access: "user",
  schema: updateOrganisationSchema,
  read: readOrganisationForm,
  async run(input, { user, locale }) {
    const { outcome } = await updateOrganisation(user, input, locale);

    return toMySpace(locale, SAVED_NOTICE[outcome]);
  },
});

export const inviteMemberAction = defineFormAction({
  access: "user",
  schema: inviteSchema,
  async run(input, { user, locale }) {
    await inviteMember(user, input, locale);

    return toMembers(locale, input.organisationId, "invited");
  },
});

export const revokeInvitationAction = defineFormAction({
  access: "user",
  schema: invitationTargetSchema,
  async run(input, { user, locale }) {
    await revokeInvitation(user, input);

    return toMembers(locale, input.organisationId, "revoked");
  },
});

export const removeMemberAction = defineFormAction({
  access: "user",
  schema: memberTargetSchema,
  async run(input, { user, locale }) {
    await removeMember(user, input);

    return toMembers(locale, input.organisationId, "removed");
  },
});

export const transferOwnershipAction = defineFormAction({
  access: "user",
  schema: transferSchema,
  async run(input, { user, locale }) {
    await transferOwnership(user, input);

    return toMySpace(locale, "transferred");
  },
});

export const acceptInvitationAction = defineFormAction({
  access: "user",
  schema: acceptInvitationSchema,
  async run({ token }, { user, locale }) {
    await acceptInvitation(user, token);

    return toMySpace(locale, "joined");
  },
});
