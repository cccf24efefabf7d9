"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/actions/app-error";
import { revalidateOrganisationPages } from "@/lib/cache/revalidate-public";
import { defineFormAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ModerationNotice } from "./notices";
import {
  approveProfileSchema,
  rejectProfileSchema,
  requestProfileChangesSchema,
} from "./profile-decision-schemas";
import { approveProfile, rejectProfile, requestProfileChanges } from "./profile-decisions";

// A decision ends on the queue, which confirms it: the same without JavaScript.
function toQueue(locale: AppLocale, notice: ModerationNotice): ActionResult {
  return redirect({ href: `/moderation?notice=${notice}`, locale });
}

// When someone decided first, the review page is rendered again so it shows
// where the profile stands now, next to the refusal.
async function showingChanges(
  locale: AppLocale,
  organisationId: string,
  decide: () => Promise<unknown>,
) {
  try {
    await decide();
  } catch (error) {
    if (error instanceof AppError && error.code === "alreadyDecided") {
      revalidatePath(`/${locale}/moderation/organisations/${organisationId}`);
    }
    throw error;
  }
}

export const approveProfileAction = defineFormAction({
  access: "moderator",
  schema: approveProfileSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.organisationId, () => approveProfile(user, input));
    await revalidateOrganisationPages(input.organisationId);

    return toQueue(locale, "profileApproved");
  },
});

export const requestProfileChangesAction = defineFormAction({
  access: "moderator",
  schema: requestProfileChangesSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.organisationId, () => requestProfileChanges(user, input));

    return toQueue(locale, "profileChangesRequested");
  },
});

export const rejectProfileAction = defineFormAction({
  access: "moderator",
  schema: rejectProfileSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.organisationId, () => rejectProfile(user, input));

    return toQueue(locale, "profileRejected");
  },
});
