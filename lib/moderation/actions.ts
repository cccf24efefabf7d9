"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/actions/app-error";
import { revalidateInitiativePages } from "@/lib/cache/revalidate-public";
import { defineFormAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  approveSchema,
  dismissReportsSchema,
  rejectSchema,
  requestChangesSchema,
  restoreSchema,
  unpublishSchema,
} from "./decision-schemas";
import { dismissReports } from "./dismiss-reports";
import type { ModerationNotice } from "./notices";
import { approveVersion, rejectVersion, requestChanges } from "./pending-decisions";
import { restoreInitiative } from "./restore-initiative";
import { unpublishInitiative } from "./unpublish-initiative";

// A decision ends on the queue, which confirms it: the same without JavaScript.
function toQueue(locale: AppLocale, notice: ModerationNotice): ActionResult {
  return redirect({ href: `/moderation?notice=${notice}`, locale });
}

// When someone decided first, the review page is rendered again so it shows
// where the item stands now, next to the refusal.
async function showingChanges(
  locale: AppLocale,
  initiativeId: string,
  decide: () => Promise<unknown>,
) {
  try {
    await decide();
  } catch (error) {
    if (error instanceof AppError && error.code === "alreadyDecided") {
      revalidatePath(`/${locale}/moderation/initiatives/${initiativeId}`);
    }
    throw error;
  }
}

export const approveAction = defineFormAction({
  access: "moderator",
  schema: approveSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => approveVersion(user, input));
    await revalidateInitiativePages(input.initiativeId);

    return toQueue(locale, "approved");
  },
});

export const requestChangesAction = defineFormAction({
  access: "moderator",
  schema: requestChangesSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => requestChanges(user, input));

    return toQueue(locale, "changesRequested");
  },
});

export const rejectAction = defineFormAction({
  access: "moderator",
  schema: rejectSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => rejectVersion(user, input));

    // Refusing an edit leaves the published version public: say so.
    return toQueue(locale, input.revisionId ? "editRejected" : "rejected");
  },
});

export const unpublishAction = defineFormAction({
  access: "moderator",
  schema: unpublishSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => unpublishInitiative(user, input));
    await revalidateInitiativePages(input.initiativeId);

    return toQueue(locale, "unpublished");
  },
});

export const restoreAction = defineFormAction({
  access: "moderator",
  schema: restoreSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => restoreInitiative(user, input));
    await revalidateInitiativePages(input.initiativeId);

    return toQueue(locale, "restored");
  },
});

export const dismissReportsAction = defineFormAction({
  access: "moderator",
  schema: dismissReportsSchema,
  async run(input, { user, locale }) {
    await showingChanges(locale, input.initiativeId, () => dismissReports(user, input));

    return toQueue(locale, "dismissed");
  },
});
