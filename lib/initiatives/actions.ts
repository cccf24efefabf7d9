"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import type { AppLocale } from "@/lib/i18n/routing";
import { redirect } from "@/lib/i18n/navigation";
import { createInitiative } from "./create-initiative";
import { readInitiativeForm } from "./form-data";
import { createInitiativeSchema, updateInitiativeSchema } from "./form-schema";
import { savedOutcome, type SavedOutcome } from "./saved-outcome";
import { updateInitiative } from "./update-initiative";
import { withdrawInitiative } from "./withdraw-initiative";

// After a save the browser lands on the edit page (a fresh GET), which says
// what happened; resending that page sends nothing again.
function showSaved(id: string, outcome: SavedOutcome, locale: AppLocale): never {
  const href = `/my-space/initiatives/${id}/edit?saved=${outcome}`;

  return redirect({ href, locale });
}

export const createInitiativeAction = defineFormAction({
  access: "verified",
  schema: createInitiativeSchema,
  read: readInitiativeForm,
  run: async (input, { user, locale }) => {
    const saved = await createInitiative(user, input, locale);

    return showSaved(saved.id, savedOutcome(saved), locale);
  },
});

export const updateInitiativeAction = defineFormAction({
  access: "verified",
  schema: updateInitiativeSchema,
  read: readInitiativeForm,
  run: async (input, { user, locale }) => {
    const saved = await updateInitiative(user, input);

    return showSaved(saved.id, savedOutcome(saved), locale);
  },
});

export const withdrawInitiativeAction = defineFormAction({
  access: "verified",
  schema: z.object({ initiativeId: z.string().min(1).max(64) }),
  run: async ({ initiativeId }, { user, locale }) => {
    await withdrawInitiative(user, initiativeId);

    return showSaved(initiativeId, "withdrawn", locale);
  },
});
