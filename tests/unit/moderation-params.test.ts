import { describe, expect, it } from "vitest";
import { logHref, parseLogParams } from "@/lib/moderation/log-params";
import { dropUnknownFilters, parseQueueParams, queueHref } from "@/lib/moderation/queue-params";

describe("parseQueueParams", () => {
  it("ignores values it does not know instead of refusing the page", () => {
    expect(
      parseQueueParams({
        kind: "everything",
        region: "X'; DROP",
        theme: "Énergie",
        language: "de",
        page: "-3",
      }),
    ).toEqual({
      kind: undefined,
      region: undefined,
      theme: undefined,
      language: undefined,
      page: 1,
    });
  });

  it("keeps the first of repeated values", () => {
    expect(parseQueueParams({ kind: ["edit", "report"], region: "MA-09", page: "2" })).toEqual({
      kind: "edit",
      region: "MA-09",
      theme: undefined,
      language: undefined,
      page: 2,
    });
  });

  it("drops a region outside the moderator's regions and a theme that does not exist", () => {
    const params = parseQueueParams({ region: "MA-01", theme: "fishing", language: "ar" });
    const known = { regionCodes: new Set(["MA-07"]), themeSlugs: new Set(["water"]) };

    expect(dropUnknownFilters(params, known)).toEqual({
      ...params,
      region: undefined,
      theme: undefined,
    });
  });

  it("writes filters into the queue's address, leaving out the first page", () => {
    expect(queueHref({ kind: "report", region: "MA-07", page: 1 })).toBe(
      "/moderation?kind=report&region=MA-07",
    );
    expect(queueHref({ page: 3 })).toBe("/moderation?page=3");
    expect(queueHref({})).toBe("/moderation");
  });
});

describe("parseLogParams", () => {
  it("keeps a known action and a well-formed cursor, and drops anything else", () => {
    expect(parseLogParams({ action: "REJECT", after: "cmabc123" })).toEqual({
      action: "REJECT",
      after: "cmabc123",
    });
    expect(parseLogParams({ action: "DELETE", after: "../../etc" })).toEqual({
      action: undefined,
      after: undefined,
    });
    expect(logHref({ action: "APPROVE", after: "cmabc123" })).toBe(
      "/moderation/log?action=APPROVE&after=cmabc123",
    );
  });
});
