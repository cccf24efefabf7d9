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

function quoted(word: string): string {
  if (!isPlainWord(word)) throw new Error("A search word holds only letters and digits");

  return `'${word}'`;
}

function termOf(match: WordMatch): string {
  if ("prefix" in match) return `${quoted(match.prefix)}:*`;

  return `(${match.anyOf.map(quoted).join(" | ")})`;
}

/** The text of a tsquery that requires every word. */
export function tsqueryText(matches: readonly WordMatch[]): string {
  return matches.map(termOf).join(" & ");
}
