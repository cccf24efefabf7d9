"use server";

import { defineFormAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { redirect } from "@/lib/i18n/navigation";
import { initiativePath } from "@/lib/i18n/paths";
import { REPORT_ANCHOR, REPORTED_PARAM } from "./confirmation";
import { reportInitiative } from "./report-initiative";
import { reportSchema } from "./report-schema";

// Back to the initiative page, which confirms the report: the same answer
// with or without JavaScript, and for a bot caught by the trap.
export const reportInitiativeAction = defineFormAction({
  access: "public",
  schema: reportSchema,
  async run(input, { locale, ip }): Promise<ActionResult> {
    await reportInitiative(input, { locale, ip });

    const href = `${initiativePath(input.slug)}?${REPORTED_PARAM}=1#${REPORT_ANCHOR}`;

    return redirect({ href, locale });
  },
});
