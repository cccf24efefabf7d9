import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { findPublishedInitiatives } from "@/lib/initiatives/directory-page";
import { test } from "./support/fixtures";

const NOT_PUBLIC: InitiativeStatus[] = [
  "DRAFT",
  "PENDING_REVIEW",
  "CHANGES_REQUESTED",
  "REJECTED",
  "ARCHIVED",
  "UNPUBLISHED",
];

async function vocabularyCount(word: string): Promise<number | undefined> {
  const row = await db.searchWord.findUnique({ where: { word } });

  return row?.initiatives;
}

describe("only published initiatives are searchable", () => {
  test("never finds, counts or suggests an initiative that is not published", async ({
    fixtures,
  }) => {
    const secret = `${fixtures.word}secret`;
    for (const status of NOT_PUBLIC) {
      await fixtures.initiative({ title: `Projet ${secret}`, status, regionCodes: ["MA-12"] });
    }

    for (const q of [fixtures.word, secret, `${secret.slice(0, -1)}x`, `${fixtures.word}sec`]) {
      const result = await findPublishedInitiatives({ q, page: 1 });

      expect(result.total, q).toBe(0);
      expect(result.items, q).toEqual([]);
      expect([...result.facets.regions.values()], q).toEqual([]);
    }
    expect(await vocabularyCount(secret)).toBeUndefined();
  });

  test("keeps the vocabulary in step with publication, edits and deletion", async ({
    fixtures,
  }) => {
    const word = `${fixtures.word}vocab`;
    const first = await fixtures.initiative({ title: word });
    const second = await fixtures.initiative({ title: word, status: "PENDING_REVIEW" });
    expect(await vocabularyCount(word)).toBe(1);

    await db.initiative.update({ where: { id: second.id }, data: { status: "PUBLISHED" } });
    expect(await vocabularyCount(word)).toBe(2);

    await db.initiative.update({ where: { id: first.id }, data: { status: "UNPUBLISHED" } });
    expect(await vocabularyCount(word)).toBe(1);

    await db.initiative.update({ where: { id: second.id }, data: { searchTitle: "autre" } });
    expect(await vocabularyCount(word)).toBeUndefined();

    await db.initiative.update({ where: { id: first.id }, data: { status: "PUBLISHED" } });
    await db.initiative.delete({ where: { id: first.id } });
    expect(await vocabularyCount(word)).toBeUndefined();
  });

  test("keeps a search entry for every published initiative and for no other", async () => {
    const [row] = await db.$queryRaw<{ published: number; entries: number; strays: number }[]>`
      SELECT
        (SELECT count(*)::int FROM "Initiative" WHERE status = 'PUBLISHED') AS published,
        (SELECT count(*)::int FROM "InitiativeSearch") AS entries,
        (SELECT count(*)::int FROM "InitiativeSearch" s JOIN "Initiative" i
           ON i.id = s."initiativeId" WHERE i.status <> 'PUBLISHED') AS strays`;

    expect(row?.strays).toBe(0);
    expect(row?.entries).toBe(row?.published);
  });

  test("keeps a vocabulary equal to one rebuilt from the published initiatives", async () => {
    const differences = await db.$queryRaw<{ word: string }[]>`
      WITH rebuilt AS (
        SELECT w AS word, count(*)::int AS initiatives
        FROM "Initiative" i
        JOIN "InitiativeSearch" s ON s."initiativeId" = i.id
        CROSS JOIN unnest(tsvector_to_array(s."searchVector")) AS w
        WHERE i.status = 'PUBLISHED'
        GROUP BY w
      ), kept AS (SELECT word, initiatives FROM "SearchWord")
      (SELECT word FROM (SELECT * FROM rebuilt EXCEPT SELECT * FROM kept) AS missing)
      UNION ALL
      (SELECT word FROM (SELECT * FROM kept EXCEPT SELECT * FROM rebuilt) AS extra)`;

    expect(differences).toEqual([]);
  });
});
