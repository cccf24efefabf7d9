import "server-only";
import { db } from "@/lib/db/client";
import { lightStem } from "@/lib/text/light-stem";
import { MIN_NEAR_LENGTH, NEAR_CANDIDATE_SIMILARITY, nearWords } from "./near-words";
import { isPlainWord, type WordMatch } from "./tsquery";

const MAX_CANDIDATES = 10;
const MAX_NEAR_WORDS = 3;

type Row = { known: boolean; candidates: string[] };

// Begins with: a range on the primary key's byte order (the word with the last
// code point after it), which the b-tree serves for a word not known when
// the query is planned, unlike LIKE or ^@. OFFSET 0 computes it once per word.

/**
 * How each query word matches: as a prefix when some published word begins
 * with its light stem (lib/text/light-stem.ts; for most words, the word
 * itself); otherwise as its near matches among published words (none: as
 * typed, so it matches nothing).
 */
export async function widenWords(words: readonly string[]): Promise<WordMatch[]> {
  const stems = words.map(lightStem);
  const rows = await db.$queryRaw<Row[]>`
    SELECT
      k.known,
      CASE WHEN k.known OR char_length(q.folded) < ${MIN_NEAR_LENGTH} OR q.folded ~ '^[0-9]+$'
        THEN ARRAY[]::text[]
        ELSE ARRAY(
          SELECT s.word FROM "SearchWord" s
          WHERE s.word % q.folded AND similarity(s.word, q.folded) >= ${NEAR_CANDIDATE_SIMILARITY}
          ORDER BY similarity(s.word, q.folded) DESC, s.initiatives DESC, s.word
          LIMIT ${MAX_CANDIDATES}
        )
      END AS candidates
    FROM unnest(${words}::text[], ${stems}::text[]) WITH ORDINALITY AS w(word, stem, position)
    CROSS JOIN LATERAL (
      SELECT public.search_fold(w.word) AS folded, public.search_fold(w.stem) AS stem
    ) AS q
    CROSS JOIN LATERAL (
      SELECT EXISTS (
        SELECT 1 FROM "SearchWord" s
        WHERE s.word >= q.stem AND s.word < q.stem || chr(1114111)
      ) AS known
      OFFSET 0
    ) AS k
    ORDER BY w.position`;

  return words.map((word, index) => {
    const row = rows[index];
    const candidates = (row?.candidates ?? []).filter(isPlainWord);
    const [first, ...rest] = nearWords(word, candidates).slice(0, MAX_NEAR_WORDS);

    if (row?.known) return { prefix: stems[index] ?? word };

    return first ? { anyOf: [first, ...rest] } : { prefix: word };
  });
}
