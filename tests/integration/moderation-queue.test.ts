import { describe, expect } from "vitest";
import { listQueue, QUEUE_PAGE_SIZE, type QueuePage } from "@/lib/moderation/queue";
import type { QueueParams } from "@/lib/moderation/queue-params";
import type { ModeratorScope } from "@/lib/moderation/scope";
import { contentOf, longAgo, test, type ReviewWorld } from "./support/review-world";

const ALL: ModeratorScope = { all: true };

const params = (filters: Partial<QueueParams> = {}): QueueParams => ({ page: 1, ...filters });

/** The items of the page that belong to the given initiatives, in the page's order. */
const mine = (page: QueuePage, ids: string[]) =>
  page.items.filter((item) => ids.includes(item.subjectId));

describe("listQueue", () => {
  test("lists submissions, edits and reports together, oldest first, each with its kind", async ({
    world,
  }) => {
    const submission = await world.initiative({ submittedAt: longAgo(3) });
    const edited = await world.initiative({ status: "PUBLISHED" });
    await world.revision(edited.id, contentOf(), { submittedAt: longAgo(1) });
    const reported = await world.initiative({ status: "PUBLISHED" });
    await world.report(reported.id, { createdAt: longAgo(1), status: "DISMISSED" });
    await world.report(reported.id, { createdAt: longAgo(2) });
    await world.report(reported.id, { createdAt: longAgo(4) });

    const queue = await listQueue(ALL, params(), "fr");
    const items = mine(queue, [submission.id, edited.id, reported.id]);

    expect(items.map((item) => [item.kind, item.subjectId])).toEqual([
      ["edit", edited.id],
      ["report", reported.id],
      ["submission", submission.id],
    ]);
    expect(items.map((item) => item.since)).toEqual([longAgo(1), longAgo(2), longAgo(3)]);
    expect(items[1]?.openReports).toBe(2);
    expect(queue.items.slice(0, 3)).toEqual(items);
  });

  test("breaks ties between items waiting since the same moment by initiative id", async ({
    world,
  }) => {
    const first = await world.initiative({ submittedAt: longAgo(1) });
    const second = await world.initiative({ submittedAt: longAgo(1) });
    const ids = [first.id, second.id];

    const queue = await listQueue(ALL, params(), "fr");

    expect(mine(queue, ids).map((item) => item.subjectId)).toEqual([...ids].sort());
  });

  test("leaves out drafts, decided items, edits not sent and reports already closed", async ({
    world,
  }) => {
    const draft = await world.initiative({ status: "DRAFT" });
    const rejected = await world.initiative({ status: "REJECTED" });
    const withDraftEdit = await world.initiative({ status: "PUBLISHED" });
    await world.revision(withDraftEdit.id, contentOf(), { status: "DRAFT" });
    const unpublished = await world.initiative({ status: "UNPUBLISHED" });
    await world.revision(unpublished.id, contentOf());
    await world.report(unpublished.id);
    const handled = await world.initiative({ status: "PUBLISHED" });
    await world.report(handled.id, { status: "RESOLVED" });
    const ids = [draft, rejected, withDraftEdit, unpublished, handled].map((i) => i.id);

    const queue = await listQueue(ALL, params(), "fr");

    expect(mine(queue, ids)).toEqual([]);
  });

  test("shows an edit with the title, region, themes and languages it proposes", async ({
    world,
  }) => {
    const published = await world.initiative({ status: "PUBLISHED", regionCodes: ["MA-07"] });
    const proposed = contentOf({
      translations: [
        { locale: "fr", title: "Titre proposé", summary: null, description: null },
        { locale: "ar", title: "عنوان مقترح", summary: null, description: null },
      ],
      regionCode: "MA-05",
      regionCodes: ["MA-05"],
      themeSlugs: ["energy", "waste"],
    });
    const revision = await world.revision(published.id, proposed);

    const [inArabic] = mine(await listQueue(ALL, params(), "ar"), [published.id]);
    const [inEnglish] = mine(await listQueue(ALL, params(), "en"), [published.id]);

    expect(inArabic).toMatchObject({
      kind: "edit",
      revisionId: revision.id,
      title: { text: "عنوان مقترح", lang: "ar", isFallback: false },
      organisation: { text: `Association ${world.word}` },
      regionCode: "MA-05",
      themeSlugs: ["energy", "waste"],
      languages: ["fr", "ar"],
    });
    expect(inEnglish?.title).toEqual({ text: "Titre proposé", lang: "fr", isFallback: true });
  });

  test("pages through the queue in a stable order, without repeating or skipping", async ({
    world,
  }) => {
    const created = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 2; i += 1) {
      created.push(await world.initiative({ submittedAt: longAgo(1, i % 3) }));
    }
    const ids = created.map((initiative) => initiative.id);

    const first = await listQueue(ALL, params({ kind: "submission" }), "fr");
    const second = await listQueue(ALL, params({ kind: "submission", page: 2 }), "fr");
    const seen = [...first.items, ...second.items].map((item) => item.subjectId);
    const expected = created
      .map((initiative, i) => ({ id: initiative.id, hour: i % 3 }))
      .sort((a, b) => a.hour - b.hour || a.id.localeCompare(b.id))
      .map((initiative) => initiative.id);

    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(seen.filter((id) => ids.includes(id))).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test("shows the last page for a page number past the end", async () => {
    const queue = await listQueue(ALL, params({ page: 9999 }), "fr");

    expect(queue.page).toBe(queue.pageCount);
  });
});

describe("listQueue filters", () => {
  async function mixedQueue(world: ReviewWorld) {
    const souss = await world.initiative({ regionCodes: ["MA-09"], themeSlugs: ["water"] });
    const alsoSouss = await world.initiative({
      regionCodes: ["MA-01", "MA-09"],
      themeSlugs: ["energy"],
    });
    const arabic = await world.initiative({
      regionCodes: ["MA-01"],
      originalLocale: "ar",
      translations: [{ locale: "ar", title: `مبادرة ${world.word}` }],
    });
    const edited = await world.initiative({ status: "PUBLISHED", regionCodes: ["MA-01"] });
    await world.revision(edited.id, contentOf({ regionCode: "MA-09", regionCodes: ["MA-09"] }));
    const reported = await world.initiative({ status: "PUBLISHED", regionCodes: ["MA-09"] });
    await world.report(reported.id);

    return { souss, alsoSouss, arabic, edited, reported };
  }

  test("keeps the items of a region, primary or not, and an edit moving there", async ({
    world,
  }) => {
    const before = await listQueue(ALL, params({ region: "MA-09" }), "fr");
    const { souss, alsoSouss, arabic, edited, reported } = await mixedQueue(world);

    const queue = await listQueue(ALL, params({ region: "MA-09" }), "fr");
    const ids = [souss, alsoSouss, arabic, edited, reported].map((initiative) => initiative.id);

    expect(
      mine(queue, ids)
        .map((item) => item.subjectId)
        .sort(),
    ).toEqual([souss.id, alsoSouss.id, edited.id, reported.id].sort());
    expect(queue.counts).toEqual({
      submission: before.counts.submission + 2,
      edit: before.counts.edit + 1,
      profile: before.counts.profile,
      report: before.counts.report + 1,
    });
  });

  test("keeps the items of a theme and of a language", async ({ world }) => {
    const { souss, alsoSouss, arabic } = await mixedQueue(world);
    const ids = [souss.id, alsoSouss.id, arabic.id];

    const energy = await listQueue(ALL, params({ theme: "energy" }), "fr");
    const written = await listQueue(ALL, params({ language: "ar" }), "fr");

    expect(mine(energy, ids).map((item) => item.subjectId)).toEqual([alsoSouss.id]);
    expect(mine(written, ids).map((item) => item.subjectId)).toEqual([arabic.id]);
  });

  test("counts every kind whatever the kind chosen, and lists only that kind", async ({
    world,
  }) => {
    const before = await listQueue(ALL, params({ region: "MA-09" }), "fr");
    const { edited, reported, souss } = await mixedQueue(world);

    const reports = await listQueue(ALL, params({ region: "MA-09", kind: "report" }), "fr");

    expect(reports.items.every((item) => item.kind === "report")).toBe(true);
    expect(mine(reports, [edited.id, reported.id, souss.id]).map((i) => i.subjectId)).toEqual([
      reported.id,
    ]);
    expect(reports.counts.submission).toBe(before.counts.submission + 2);
    expect(reports.total).toBe(reports.counts.report);
  });
});
