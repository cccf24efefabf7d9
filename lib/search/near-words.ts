import { editDistance } from "@/lib/text/edit-distance";

/**
 * pg_trgm similarity from which a published word is a candidate near match;
 * the default of pg_trgm's `%` operator, so the trigram index finds them.
 */
export const NEAR_CANDIDATE_SIMILARITY = 0.3;

// Shorter words have too few trigrams, and too many neighbours, to guess.
export const MIN_NEAR_LENGTH = 4;

/**
 * Edits allowed between a query word and a near match: one up to seven
 * letters ("Marakech", "مراكيش", "recylage"), two from eight. Trigrams alone
 * take "table" for "potable" (similarity 0.4); two edits apart, it is not.
 */
export function allowedEdits(word: string): number {
  return Array.from(word).length >= 8 ? 2 : 1;
}

/** The candidates close enough to `word` in spelling, closest first. */
export function nearWords(word: string, candidates: readonly string[]): string[] {
  return candidates
    .map((candidate) => ({ candidate, edits: editDistance(word, candidate) }))
    .filter(({ edits }) => edits <= allowedEdits(word))
    .sort((a, b) => a.edits - b.edits)
    .map(({ candidate }) => candidate);
}
