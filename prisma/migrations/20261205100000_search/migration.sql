-- Directory search in PostgreSQL. The application writes each initiative's
-- normalised search text (lib/search/search-columns.ts; the rules are in
-- lib/text/normalize.ts); triggers keep, for published initiatives only, a
-- narrow search entry with full-text vectors, and a vocabulary of their words
-- for near matches.

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- Stored text and query words both pass through unaccent, so Latin accents in
-- rows written by plain SQL (imports, benchmarks) still meet accent-free
-- queries; for text the application normalised it changes nothing.
CREATE FUNCTION public.search_fold(input TEXT) RETURNS TEXT
  LANGUAGE sql STABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, input);

-- Normalised words of titles, of summaries, and of the rest (descriptions,
-- organisation names, city, region and theme names), with the initiative's
-- region codes and theme slugs, sorted.
ALTER TABLE "Initiative"
  ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "searchSummary" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "searchBody" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "regionCodes" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "themeSlugs" TEXT[] NOT NULL DEFAULT '{}';

-- Searchable at once; the seed step of `npm start` rewrites all of them.
UPDATE "Initiative" AS i
SET "searchBody" = i."searchText",
    "regionCodes" = ARRAY(SELECT r."regionCode" FROM "InitiativeRegion" r
                          WHERE r."initiativeId" = i.id ORDER BY 1),
    "themeSlugs" = ARRAY(SELECT t."themeSlug" FROM "InitiativeTheme" t
                         WHERE t."initiativeId" = i.id ORDER BY 1);

ALTER TABLE "Initiative" DROP COLUMN "searchText";

-- Each combination of regions and themes that published initiatives have: a
-- few hundred at most. Facet counts group search entries by it, an integer,
-- and filters test it against the few combinations that hold a region.
CREATE TABLE "SearchFacetGroup" (
  "id" SERIAL NOT NULL,
  "regionCodes" TEXT[] NOT NULL,
  "themeSlugs" TEXT[] NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,

  CONSTRAINT "SearchFacetGroup_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "SearchFacetGroup_regionCodes_themeSlugs_key"
  ON "SearchFacetGroup"("regionCodes", "themeSlugs");

-- One row per PUBLISHED initiative and no other: whatever a search reads or
-- counts is public. Short rows (the vectors go to TOAST), because counting the
-- matches of a common word visits tens of thousands of them. Three vectors,
-- titles, titles and summaries, and everything, so that ranking a match by
-- where it is found takes index lookups, not reading each match's vector.
-- The 'simple' configuration: no stemming and no stop words, which suits
-- three languages in one vector; normalisation already happened.
CREATE TABLE "InitiativeSearch" (
  "facetGroup" INTEGER NOT NULL,
  "publishedAt" TIMESTAMP(3),
  "initiativeId" TEXT NOT NULL,
  "titleVector" tsvector NOT NULL,
  "headVector" tsvector NOT NULL,
  "searchVector" tsvector NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,

  CONSTRAINT "InitiativeSearch_pkey" PRIMARY KEY ("initiativeId")
);

ALTER TABLE "InitiativeSearch" ALTER COLUMN "initiativeId" SET STORAGE MAIN;
ALTER TABLE "InitiativeSearch" SET (toast_tuple_target = 128);

ALTER TABLE "InitiativeSearch" ADD CONSTRAINT "InitiativeSearch_initiativeId_fkey"
  FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InitiativeSearch" ADD CONSTRAINT "InitiativeSearch_facetGroup_fkey"
  FOREIGN KEY ("facetGroup") REFERENCES "SearchFacetGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Directory search: words anywhere, in titles and summaries, in titles.
CREATE INDEX "InitiativeSearch_searchVector_idx" ON "InitiativeSearch" USING GIN ("searchVector");
CREATE INDEX "InitiativeSearch_headVector_idx" ON "InitiativeSearch" USING GIN ("headVector");
CREATE INDEX "InitiativeSearch_titleVector_idx" ON "InitiativeSearch" USING GIN ("titleVector");
-- Directory without words: newest first, the id breaking ties.
CREATE INDEX "InitiativeSearch_publishedAt_initiativeId_idx"
  ON "InitiativeSearch"("publishedAt" DESC, "initiativeId" DESC);
CREATE INDEX "InitiativeSearch_facetGroup_idx" ON "InitiativeSearch"("facetGroup");

-- Brings the search entries of these initiatives in line with their rows:
-- published ones get an entry, written only when something in it changed;
-- the others lose theirs.
CREATE FUNCTION public.search_entries_sync(ids TEXT[]) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "InitiativeSearch" AS s
  WHERE s."initiativeId" = ANY (ids)
    AND NOT EXISTS (
      SELECT 1 FROM "Initiative" AS i WHERE i.id = s."initiativeId" AND i.status = 'PUBLISHED'
    );

  INSERT INTO "SearchFacetGroup" ("regionCodes", "themeSlugs", "updatedAt")
  SELECT DISTINCT i."regionCodes", i."themeSlugs", now()
  FROM "Initiative" AS i
  WHERE i.id = ANY (ids) AND i.status = 'PUBLISHED'
  ON CONFLICT ("regionCodes", "themeSlugs") DO NOTHING;

  INSERT INTO "InitiativeSearch" AS s ("facetGroup", "publishedAt", "initiativeId",
    "titleVector", "headVector", "searchVector", "updatedAt")
  SELECT g.id, i."publishedAt", i.id,
    to_tsvector('simple', public.search_fold(i."searchTitle")),
    to_tsvector('simple', public.search_fold(i."searchTitle" || ' ' || i."searchSummary")),
    to_tsvector('simple', public.search_fold(
      i."searchTitle" || ' ' || i."searchSummary" || ' ' || i."searchBody")),
    now()
  FROM "Initiative" AS i
  JOIN "SearchFacetGroup" AS g
    ON g."regionCodes" = i."regionCodes" AND g."themeSlugs" = i."themeSlugs"
  WHERE i.id = ANY (ids) AND i.status = 'PUBLISHED'
  ORDER BY i.id
  ON CONFLICT ("initiativeId") DO UPDATE
  SET "facetGroup" = excluded."facetGroup", "publishedAt" = excluded."publishedAt",
    "titleVector" = excluded."titleVector", "headVector" = excluded."headVector",
    "searchVector" = excluded."searchVector", "updatedAt" = now()
  WHERE (s."facetGroup", s."publishedAt", s."searchVector", s."headVector", s."titleVector")
    IS DISTINCT FROM (excluded."facetGroup", excluded."publishedAt", excluded."searchVector",
      excluded."headVector", excluded."titleVector");
END;
$$;

-- Once per statement with every row it changed, so a bulk insert costs one
-- pass. An update matters only when the status, the date or the search
-- columns changed; deletions cascade through the foreign key.
CREATE FUNCTION public.search_entries_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.search_entries_sync(ARRAY(SELECT n.id FROM new_rows AS n));

  RETURN NULL;
END;
$$;

CREATE FUNCTION public.search_entries_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids TEXT[];
BEGIN
  ids := ARRAY(
    SELECT n.id
    FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
    WHERE (n.status, n."publishedAt", n."regionCodes", n."themeSlugs",
        n."searchTitle", n."searchSummary", n."searchBody")
      IS DISTINCT FROM (o.status, o."publishedAt", o."regionCodes", o."themeSlugs",
        o."searchTitle", o."searchSummary", o."searchBody")
  );
  IF cardinality(ids) > 0 THEN
    PERFORM public.search_entries_sync(ids);
  END IF;

  RETURN NULL;
END;
$$;

CREATE TRIGGER "Initiative_search_entries_insert" AFTER INSERT ON "Initiative"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_entries_after_insert();

CREATE TRIGGER "Initiative_search_entries_update" AFTER UPDATE ON "Initiative"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_entries_after_update();

-- Byte order ("C"): prefix lookups are ranges on the primary key's b-tree.
CREATE TABLE "SearchWord" (
  "word" TEXT COLLATE "C" NOT NULL,
  "initiatives" INTEGER NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,

  CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- Near matches of a query word (pg_trgm similarity).
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Adds each word's change in count (never zero); a word no published
-- initiative uses any more is deleted. Sorted upserts: concurrent
-- transactions lock the words they share in the same order.
CREATE FUNCTION public.search_words_apply(words TEXT[], deltas INTEGER[]) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" AS s ("word", "initiatives", "updatedAt")
  SELECT d.word, d.delta, now()
  FROM unnest(words, deltas) AS d(word, delta)
  ORDER BY d.word
  ON CONFLICT ("word") DO UPDATE
    SET "initiatives" = s."initiatives" + excluded."initiatives", "updatedAt" = now();

  DELETE FROM "SearchWord"
  WHERE "initiatives" <= 0
    AND "word" IN (SELECT d.word FROM unnest(words, deltas) AS d(word, delta) WHERE d.delta < 0);
END;
$$;

-- The words of the search entries a statement added, changed or removed;
-- every entry is a published initiative.
CREATE FUNCTION public.search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  words TEXT[];
  deltas INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(d.word), array_agg(d.delta) INTO words, deltas
    FROM (
      SELECT w AS word, count(*)::int AS delta
      FROM new_rows AS r, unnest(tsvector_to_array(r."searchVector")) AS w
      GROUP BY w
    ) AS d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(d.word), array_agg(d.delta) INTO words, deltas
    FROM (
      SELECT w AS word, -count(*)::int AS delta
      FROM old_rows AS r, unnest(tsvector_to_array(r."searchVector")) AS w
      GROUP BY w
    ) AS d;
  ELSE
    WITH changed AS (
      SELECT n."searchVector" AS new_words, o."searchVector" AS old_words
      FROM new_rows AS n JOIN old_rows AS o ON o."initiativeId" = n."initiativeId"
      WHERE n."searchVector" IS DISTINCT FROM o."searchVector"
    )
    SELECT array_agg(d.word), array_agg(d.delta) INTO words, deltas
    FROM (
      SELECT c.word, sum(c.n)::int AS delta
      FROM (
        SELECT w AS word, 1 AS n FROM changed, unnest(tsvector_to_array(changed.new_words)) AS w
        UNION ALL
        SELECT w, -1 FROM changed, unnest(tsvector_to_array(changed.old_words)) AS w
      ) AS c
      GROUP BY c.word
      HAVING sum(c.n) <> 0
    ) AS d;
  END IF;

  IF words IS NOT NULL THEN
    PERFORM public.search_words_apply(words, deltas);
  END IF;

  RETURN NULL;
END;
$$;

CREATE TRIGGER "InitiativeSearch_words_insert" AFTER INSERT ON "InitiativeSearch"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

CREATE TRIGGER "InitiativeSearch_words_update" AFTER UPDATE ON "InitiativeSearch"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

CREATE TRIGGER "InitiativeSearch_words_delete" AFTER DELETE ON "InitiativeSearch"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

SELECT public.search_entries_sync(ARRAY(SELECT id FROM "Initiative"));

-- A hash of what every initiative's search columns derive from besides its
-- own content (the normalisation code, place names, region and theme names):
-- the start-up refresh rewrites the columns only when it changed.
CREATE TABLE "SearchIndexState" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "fingerprint" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,

  CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("id")
);
