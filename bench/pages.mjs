// The pages the bench loads. Searches use words the synthetic data holds in
// about half of the initiatives of that language: a broad, realistic query.
import { withClient } from "../scripts/scratch-database.mjs";

/** A published initiative from the middle of the directory, not a cached first one. */
async function middleSlug(databaseUrl) {
  const sql = `SELECT slug FROM "Initiative" WHERE status = 'PUBLISHED'
    ORDER BY "publishedAt" DESC, id
    OFFSET (SELECT count(*) / 2 FROM "Initiative" WHERE status = 'PUBLISHED') LIMIT 1`;
  const { rows } = await withClient(databaseUrl, (client) => client.query(sql));
  if (!rows[0]) throw new Error("the scratch database has no published initiative");

  return rows[0].slug;
}

export async function benchPages(databaseUrl) {
  const slug = await middleSlug(databaseUrl);

  return [
    { key: "static", name: "static file (reference)", path: "/robots.txt" },
    { key: "home", name: "home page", path: "/fr" },
    { key: "directory", name: "directory, page 1", path: "/fr/initiatives" },
    {
      key: "filter",
      name: "region + theme filter",
      path: "/fr/initiatives?region=MA-07&theme=waste",
    },
    { key: "searchFr", name: "French search", path: "/fr/initiatives?q=dechets" },
    {
      key: "searchAr",
      name: "Arabic search",
      path: `/ar/initiatives?q=${encodeURIComponent("النفايات")}`,
    },
    {
      key: "initiative",
      name: "initiative page",
      path: `/fr/initiatives/${encodeURIComponent(slug)}`,
    },
  ];
}
