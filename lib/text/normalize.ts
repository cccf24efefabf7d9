// Search normalisation, applied the same way to stored text and to queries so
// that spelling variants meet. The Arabic rules follow common practice for
// Arabic retrieval: readers and writers use these forms interchangeably.

const ARABIC_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Tashkeel (harakat, tanwin, shadda, sukun, dagger alef) and Quranic marks.
  [/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g, ""],
  // Tatweel (kashida), used only to stretch words.
  [/\u0640/g, ""],
  // Alef with hamza above or below, with madda, and alef wasla read as alef.
  [/[\u0623\u0625\u0622\u0671]/g, "\u0627"],
  // Alef maqsura read as yeh.
  [/\u0649/g, "\u064a"],
  // Teh marbuta read as heh.
  [/\u0629/g, "\u0647"],
  // Hamza on waw and on yeh read as their base letters.
  [/\u0624/g, "\u0648"],
  [/\u0626/g, "\u064a"],
];

// Hamza and madda (U+0653-0655) stay: NFC puts them back on their letters.
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * Lower case, Latin accents and Arabic vowel marks removed, letters otherwise
 * as written, words separated by single spaces. For slugs and display keys.
 */
export function foldForDisplay(text: string): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Latin: lower case, accents removed. Arabic: the rules above. */
export function normalizeForSearch(text: string): string {
  let result = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

  for (const [pattern, replacement] of ARABIC_RULES) {
    result = result.replace(pattern, replacement);
  }

  return result.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
