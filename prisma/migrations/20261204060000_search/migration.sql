-- Directory search in PostgreSQL: weighted full-text search on text that the
-- application has normalised (lib/text/normalize.ts is the definition of the
-- rules), and a vocabulary of published words for near matches.

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is only STABLE because its rules file could change; ours never
-- does, and a generated column needs an IMMUTABLE function. Stored text and
-- query words both pass through it, so Latin accents in rows written by plain
-- SQL (imports, benchmarks) still meet accent-free queries.
CREATE FUNCTION public.search_fold(input TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, input);

-- Normalised words of titles, of summaries, and of the rest (descriptions,
-- organisation names, city, region and theme names), with the initiative's
-- region codes and theme slugs. Written by the application
-- (lib/search/search-columns.ts).
ALTER TABLE "Initiative"
  ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "searchSummary" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "searchBody" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "regionCodes" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "themeSlugs" TEXT[] NOT NULL DEFAULT '{}';

-- Searchable at once; the seed step of `npm start` rewrites all three columns.
UPDATE "Initiative" SET "searchBody" = "searchText";

ALTER TABLE "Initiative" DROP COLUMN "searchText";

-- The 'simple' configuration: no stemming and no stop words, which suits
-- three languages in one column; normalisation already happened. Titles,
-- titles with summaries, and everything: ranking a match by where it is found
-- (title, then summary, then the rest) then takes three index lookups instead
-- of reading each matching row's long vector, as weights would need.
ALTER TABLE "Initiative"
  ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, public.search_fold("searchTitle"))
  ) STORED,
  ADD COLUMN "headVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, public.search_fold("searchTitle" || ' ' || "searchSummary"))
  ) STORED,
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig,
      public.search_fold("searchTitle" || ' ' || "searchSummary" || ' ' || "searchBody"))
  ) STORED;

-- Directory search: only published rows are ever searched.
CREATE INDEX "Initiative_searchVector_idx" ON "Initiative" USING GIN ("searchVector")
  WHERE status = 'PUBLISHED';
CREATE INDEX "Initiative_headVector_idx" ON "Initiative" USING GIN ("headVector")
  WHERE status = 'PUBLISHED';
CREATE INDEX "Initiative_titleVector_idx" ON "Initiative" USING GIN ("titleVector")
  WHERE status = 'PUBLISHED';

-- Keep rows short: a search visits tens of thousands of them, and listings
-- read them all. Search text and vectors go to TOAST (compressed), while the
-- columns every listing reads stay in the row (MAIN).
ALTER TABLE "Initiative"
  ALTER COLUMN "id" SET STORAGE MAIN,
  ALTER COLUMN "slug" SET STORAGE MAIN,
  ALTER COLUMN "organisationId" SET STORAGE MAIN,
  ALTER COLUMN "regionCode" SET STORAGE MAIN,
  ALTER COLUMN "city" SET STORAGE MAIN,
  ALTER COLUMN "createdById" SET STORAGE MAIN,
  ALTER COLUMN "clientToken" SET STORAGE MAIN,
  ALTER COLUMN "regionCodes" SET STORAGE MAIN,
  ALTER COLUMN "themeSlugs" SET STORAGE MAIN;
ALTER TABLE "Initiative" SET (toast_tuple_target = 128);

-- Every region and theme of the initiative, copied from InitiativeRegion and
-- InitiativeTheme with the search columns: search filters and facet counts
-- read them from the row instead of joining two tables per match.
UPDATE "Initiative" AS i
SET "regionCodes" = ARRAY(SELECT r."regionCode" FROM "InitiativeRegion" r
                          WHERE r."initiativeId" = i.id ORDER BY 1),
    "themeSlugs" = ARRAY(SELECT t."themeSlug" FROM "InitiativeTheme" t
                         WHERE t."initiativeId" = i.id ORDER BY 1);

-- Byte order ("C"): prefix lookups use the primary key's b-tree.
CREATE TABLE "SearchWord" (
  "word" TEXT COLLATE "C" NOT NULL,
  "initiatives" INTEGER NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,

  CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- Near matches of a query word (pg_trgm similarity).
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Adds each word's change in count (deltas are never zero); a word no
-- published initiative uses any more is deleted. Sorted upserts: concurrent
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

-- One call per statement, with every row it changed: a bulk insert costs one
-- aggregate, not one upsert per word of each row. Only published rows count.
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
      WHERE r.status = 'PUBLISHED'
      GROUP BY w
    ) AS d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(d.word), array_agg(d.delta) INTO words, deltas
    FROM (
      SELECT w AS word, -count(*)::int AS delta
      FROM old_rows AS r, unnest(tsvector_to_array(r."searchVector")) AS w
      WHERE r.status = 'PUBLISHED'
      GROUP BY w
    ) AS d;
  ELSE
    -- Most updates (a date, a revision) change neither words nor status.
    WITH changed AS (
      SELECT n."searchVector" AS new_words, n.status = 'PUBLISHED' AS new_published,
        o."searchVector" AS old_words, o.status = 'PUBLISHED' AS old_published
      FROM new_rows AS n JOIN old_rows AS o USING (id)
      WHERE n.status IS DISTINCT FROM o.status OR n."searchVector" IS DISTINCT FROM o."searchVector"
    )
    SELECT array_agg(d.word), array_agg(d.delta) INTO words, deltas
    FROM (
      SELECT c.word, sum(c.n)::int AS delta
      FROM (
        SELECT w AS word, 1 AS n
        FROM changed, unnest(tsvector_to_array(changed.new_words)) AS w
        WHERE changed.new_published
        UNION ALL
        SELECT w, -1
        FROM changed, unnest(tsvector_to_array(changed.old_words)) AS w
        WHERE changed.old_published
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

CREATE TRIGGER "Initiative_search_words_insert" AFTER INSERT ON "Initiative"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

CREATE TRIGGER "Initiative_search_words_update" AFTER UPDATE ON "Initiative"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

CREATE TRIGGER "Initiative_search_words_delete" AFTER DELETE ON "Initiative"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.search_words_sync();

INSERT INTO "SearchWord" ("word", "initiatives", "updatedAt")
SELECT w, count(*)::int, now()
FROM "Initiative", unnest(tsvector_to_array("searchVector")) AS w
WHERE status = 'PUBLISHED'
GROUP BY w;

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
