/**
 * Levenshtein distance between two words (insertions, deletions and
 * substitutions), by code point, so an Arabic or accented letter counts once.
 */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  // Distances from the first i letters of `left` to each prefix of `right`.
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);

  for (const [i, letter] of left.entries()) {
    const current = [i + 1];
    for (const [j, other] of right.entries()) {
      const substitution = (previous[j] ?? 0) + (letter === other ? 0 : 1);
      const deletion = (previous[j + 1] ?? 0) + 1;
      const insertion = (current[j] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }

  return previous[right.length] ?? 0;
}
