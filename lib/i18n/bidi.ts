/**
 * Wraps a value in Unicode isolates (FSI ... PDI), so a Latin address inside
 * an Arabic sentence keeps its own direction without reordering the words
 * around it. Works in plain strings, where a <bdi> element cannot go.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
