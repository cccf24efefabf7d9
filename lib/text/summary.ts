const MAX_SUMMARY_LENGTH = 220;

/** The first sentence of a text, cut at a word boundary when too long. */
export function firstSentence(text: string): string {
  const match = /^(.{40,}?[.!?؟])(\s|$)/su.exec(text.trim());
  const sentence = match?.[1] ?? text.trim();
  if (sentence.length <= MAX_SUMMARY_LENGTH) return sentence;

  const cut = sentence.slice(0, MAX_SUMMARY_LENGTH);

  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
