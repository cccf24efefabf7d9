"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { changeModeratorRegions } from "./change-moderator-regions";
import { grantModerator } from "./grant-moderator";
import type { ModeratorsNotice } from "./notices";
import { revokeModerator } from "./revoke-moderator";
import {
  grantModeratorSchema,
  moderatorRegionsSchema,
  readRoleForm,
  revokeModeratorSchema,
} from "./role-schemas";

// Each action ends on the moderators page, which says what changed: the same
// with or without JavaScript.
function toModerators(locale: AppLocale, notice: ModeratorsNotice): ActionResult {
  return redirect({ href: `/admin/moderators?notice=${notice}`, locale });
}

export const grantModeratorAction = defineFormAction({
  access: "admin",
  schema: grantModeratorSchema,
  read: readRoleForm,
  async run(input, { user, locale }) {
    await grantModerator(user, input);

    return toModerators(locale, "granted");
  },
});

export const changeModeratorRegionsAction = defineFormAction({
  access: "admin",
  schema: moderatorRegionsSchema,
  read: readRoleForm,
  async run(input, { user, locale }) {
    const changed = await changeModeratorRegions(user, input);

    return toModerators(locale, changed ? "regionsChanged" : "unchanged");
  },
});

export const revokeModeratorAction = defineFormAction({
  access: "admin",
  schema: revokeModeratorSchema,
  async run(input, { user, locale }) {
    await revokeModerator(user, input);

    return toModerators(locale, "revoked");
  },
});
