import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { decisionChoices, isPendingVersion } from "@/lib/moderation/decision-choices";
import { mailPath, mailTitle } from "@/lib/moderation/decision-mail-parts";
import {
  approveSchema,
  dismissReportsSchema,
  rejectSchema,
  requestChangesSchema,
  unpublishSchema,
} from "@/lib/moderation/decision-schemas";
import type { DecisionTarget } from "@/lib/moderation/decision-target";
import { moderationNoticeSchema } from "@/lib/moderation/notices";
import { MODERATION_REASONS } from "@/lib/moderation/reasons";
import {
  explanationOf,
  mailKindOf,
  revisionStatusAfter,
  submissionStatusAfter,
} from "@/lib/moderation/verdict";
import type { InitiativeContent } from "@/lib/initiatives/content";

const submittedAt = "2026-11-20T09:30:00.000Z";
const version = { initiativeId: "i1", revisionId: "", submittedAt };

const ACTIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;

function errorKeys(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? {} : fieldErrorKeys(result.error);
}

describe("the version a decision is about", () => {
  it("is read from the form with an empty revision meaning the initiative itself", () => {
    expect(approveSchema.parse(version)).toEqual({
      initiativeId: "i1",
      revisionId: undefined,
      submittedAt: new Date(submittedAt),
    });
    expect(approveSchema.parse({ ...version, revisionId: "r1" }).revisionId).toBe("r1");
  });

  it("is refused without the time it was sent for review", () => {
    expect(approveSchema.safeParse({ ...version, submittedAt: "" }).success).toBe(false);
    expect(approveSchema.safeParse({ ...version, submittedAt: "yesterday" }).success).toBe(false);
  });
});

describe("decision forms", () => {
  it("need a message, trimmed, to send a version back", () => {
    const blank = requestChangesSchema.safeParse({ ...version, message: "   " });

    expect(errorKeys(blank)).toEqual({ message: "moderationMessageRequired" });
    expect(requestChangesSchema.parse({ ...version, message: " Ajoutez une date. " }).message).toBe(
      "Ajoutez une date.",
    );
    expect(
      errorKeys(requestChangesSchema.safeParse({ ...version, message: "x".repeat(2001) })),
    ).toEqual({ message: "moderationMessageTooLong" });
  });

  it("need a reason from the list to refuse, and words when the reason is other", () => {
    expect(errorKeys(rejectSchema.safeParse({ ...version, reasonCode: "" }))).toEqual({
      reasonCode: "moderationReasonRequired",
    });
    expect(
      errorKeys(rejectSchema.safeParse({ ...version, reasonCode: "other", message: "" })),
    ).toEqual({ message: "moderationOtherNeedsMessage" });
    expect(rejectSchema.parse({ ...version, reasonCode: "duplicate" }).message).toBe("");
  });

  it("need the same reason to take an initiative offline", () => {
    expect(unpublishSchema.safeParse({ initiativeId: "i1", reasonCode: "spam" }).success).toBe(
      false,
    );
    expect(unpublishSchema.parse({ initiativeId: "i1", reasonCode: "commercial" })).toEqual({
      initiativeId: "i1",
      reasonCode: "commercial",
      message: "",
    });
  });

  it("date a dismissal by the moment the page was shown", () => {
    expect(
      dismissReportsSchema.parse({ initiativeId: "i1", shownAt: submittedAt }).shownAt,
    ).toEqual(new Date(submittedAt));
  });

  it("offer the seven reasons of the trilingual list", () => {
    expect(MODERATION_REASONS).toHaveLength(7);
    expect(MODERATION_REASONS).toContain("other");
  });
});

describe("verdicts", () => {
  it("move a submission and an edit to their new statuses", () => {
    expect(ACTIONS.map((action) => submissionStatusAfter(action))).toEqual([
      "PUBLISHED",
      "CHANGES_REQUESTED",
      "REJECTED",
    ]);
    expect(ACTIONS.map((action) => revisionStatusAfter(action))).toEqual([
      "APPROVED",
      "CHANGES_REQUESTED",
      "REJECTED",
    ]);
  });

  it("record a reason only for a refusal, and no empty message", () => {
    expect(explanationOf({ action: "APPROVE" })).toEqual({ reasonCode: null, message: null });
    expect(explanationOf({ action: "REJECT", reasonCode: "duplicate", message: null })).toEqual({
      reasonCode: "duplicate",
      message: null,
    });
    expect(explanationOf({ action: "REQUEST_CHANGES", message: "Précisez." })).toEqual({
      reasonCode: null,
      message: "Précisez.",
    });
    expect(mailKindOf("REQUEST_CHANGES")).toBe("changesRequested");
  });
});

describe("the decisions offered for an item", () => {
  const item = (overrides: Partial<DecisionTarget>): DecisionTarget => ({
    initiativeId: "i1",
    revisionId: null,
    submittedAt,
    status: "PENDING_REVIEW",
    openReports: 0,
    ...overrides,
  });

  it("are approve, send back and refuse for a new submission", () => {
    expect(decisionChoices(item({}))).toEqual(["approve", "requestChanges", "reject"]);
  });

  it("add taking offline for an edit of a public initiative, and closing reports if any", () => {
    const edit = item({ revisionId: "r1", status: "PUBLISHED", openReports: 2 });

    expect(isPendingVersion(edit)).toBe(true);
    expect(decisionChoices(edit)).toEqual([
      "approve",
      "requestChanges",
      "reject",
      "unpublish",
      "dismissReports",
    ]);
    expect(decisionChoices(item({ status: "PUBLISHED" }))).toEqual(["unpublish"]);
  });

  it("are restoring for an unpublished initiative, and nothing for a closed one", () => {
    expect(decisionChoices(item({ status: "UNPUBLISHED" }))).toEqual(["restore"]);
    expect(decisionChoices(item({ status: "REJECTED" }))).toEqual([]);
    expect(decisionChoices(item({ status: "DRAFT" }))).toEqual([]);
  });
});

describe("decision mails", () => {
  const target = { id: "i1", slug: "jardin-partagé" };

  it("link to the public page, the edit form or My space", () => {
    expect(mailPath("approved", target)).toBe("/initiatives/jardin-partag%C3%A9");
    expect(mailPath("restored", target)).toBe("/initiatives/jardin-partag%C3%A9");
    expect(mailPath("changesRequested", target)).toBe("/my-space/initiatives/i1/edit");
    expect(mailPath("rejected", target)).toBe("/my-space");
    expect(mailPath("unpublished", target)).toBe("/my-space");
  });

  it("name the initiative in the reader's language when written, isolated for direction", () => {
    const content = {
      originalLocale: "fr",
      translations: [
        { locale: "fr", title: "Jardin", summary: null, description: null },
        { locale: "ar", title: "حديقة", summary: null, description: null },
      ],
    } as InitiativeContent;

    expect(mailTitle(content, "ar")).toBe("\u2068حديقة\u2069");
    expect(mailTitle(content, "en")).toBe("\u2068Jardin\u2069");
  });

  it("confirm each decision on the queue with a notice it can read", () => {
    expect(moderationNoticeSchema.options).toEqual([
      "approved",
      "changesRequested",
      "editRejected",
      "rejected",
      "unpublished",
      "restored",
      "dismissed",
      "profileApproved",
      "profileChangesRequested",
      "profileRejected",
    ]);
  });
});
