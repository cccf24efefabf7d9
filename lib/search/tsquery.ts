/**
 * How one query word matches: as the beginning of a word of the text ("ecol"
 * finds "école", "eau" does not find "réseau"), or, for a word that begins
 * none, as any of its near matches.
 */
export type WordMatch = { prefix: string } | { anyOf: [string, ...string[]] };

// Normalised words hold only letters and digits; anything else would be
// tsquery syntax, so it is refused rather than quoted.
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

export function isPlainWord(word: string): boolean {
  return PLAIN_WORD.test(word);
}

function operand(word: string, suffix: string): string {
  if (!isPlainWord(word)) throw new Error("A search word holds only letters and digits");

  return `'${word}'${suffix}`;
}

function termOf(match: WordMatch, weights: string): string {
  if ("prefix" in match) return operand(match.prefix, `:*${weights}`);

  const alternatives = match.anyOf.map((word) => operand(word, weights ? `:${weights}` : ""));

  return `(${alternatives.join(" | ")})`;
}

/**
 * The text of a tsquery that requires every word, optionally only in the
 * given weights ("A": titles; "AB": titles and summaries).
 */
export function tsqueryText(matches: readonly WordMatch[], weights = ""): string {
  return matches.map((match) => termOf(match, weights)).join(" & ");
}
