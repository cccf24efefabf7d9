import "server-only";
import { db } from "@/lib/db/client";
import { isPlainWord, type WordMatch } from "./tsquery";

/**
 * pg_trgm similarity from which a published word counts as a near match of
 * a query word that begins no published word. 0.4 takes "Marakech" to
 * "marrakech" (0.73), "Tahanaout" to "tahannaout" (0.75) and "مراكيش" to
 * "مراكش" (0.44), and leaves words that share only a syllable apart.
 */
export const NEAR_SIMILARITY = 0.4;

// Shorter words have too few trigrams for a meaningful similarity.
const MIN_NEAR_LENGTH = 4;
const MAX_NEAR_WORDS = 3;

type Row = { known: boolean; near: string[] };

/**
 * How each query word matches: as a prefix when some published word begins
 * with it, otherwise as its closest published words (none: it matches
 * nothing, as typed).
 */
export async function widenWords(words: readonly string[]): Promise<WordMatch[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT
      k.known,
      CASE WHEN k.known OR char_length(q.folded) < ${MIN_NEAR_LENGTH} OR q.folded ~ '^[0-9]+$'
        THEN ARRAY[]::text[]
        ELSE ARRAY(
          SELECT s.word FROM "SearchWord" s
          WHERE s.word % q.folded AND similarity(s.word, q.folded) >= ${NEAR_SIMILARITY}
          ORDER BY similarity(s.word, q.folded) DESC, s.word
          LIMIT ${MAX_NEAR_WORDS}
        )
      END AS near
    FROM unnest(${words}::text[]) WITH ORDINALITY AS w(word, position)
    CROSS JOIN LATERAL (SELECT public.search_fold(w.word) AS folded) AS q
    CROSS JOIN LATERAL (
      SELECT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word ^@ q.folded) AS known
    ) AS k
    ORDER BY w.position`;

  return words.map((word, index) => {
    const row = rows[index];
    const near = (row?.near ?? []).filter(isPlainWord);
    const [first, ...rest] = near;

    return row?.known || !first ? { prefix: word } : { anyOf: [first, ...rest] };
  });
}
