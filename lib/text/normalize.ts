// Search normalisation, applied the same way to stored text and to queries so
// that spelling variants meet. The Arabic rules follow common practice for
// Arabic retrieval: readers and writers use these forms interchangeably.
//
// In order (tests/unit/normalize.test.ts checks each):
// 1. Compatibility decomposition (NFKD), Latin accents removed, lower case.
// 2. Ligatures spelt out (œ oe, æ ae, ß ss); Arabic-Indic digits read as 0-9.
// 3. Arabic: tashkeel (harakat, tanwin, shadda, sukun, dagger alef, Quranic
//    marks) and tatweel removed; أ إ آ ٱ read as ا; ى as ي; ة as ه; ؤ as و;
//    ئ as ي.
// 4. Anything but letters and digits becomes a space between words.

type Rule = readonly [RegExp, string | ((match: string) => string)];

const westernDigit = (offset: number) => (digit: string) => String(digit.charCodeAt(0) - offset);

// Ligatures that Unicode decomposition leaves whole, and Arabic-Indic digits,
// which some keyboards type instead of the Western digits used in Morocco.
const LATIN_AND_DIGIT_RULES: readonly Rule[] = [
  [/œ/g, "oe"],
  [/æ/g, "ae"],
  [/ß/g, "ss"],
  [/[\u0660-\u0669]/g, westernDigit(0x0660)],
  [/[\u06f0-\u06f9]/g, westernDigit(0x06f0)],
];

const ARABIC_RULES: readonly Rule[] = [
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

function applyRules(text: string, rules: readonly Rule[]): string {
  return rules.reduce(
    (result, [pattern, replacement]) =>
      typeof replacement === "string"
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement),
    text,
  );
}

function toWords(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

// Hamza and madda (U+0653-0655) stay: NFC puts them back on their letters.
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/**
 * Lower case, Latin accents and Arabic vowel marks removed, letters otherwise
 * as written, words separated by single spaces. For slugs and display keys.
 */
export function foldForDisplay(text: string): string {
  const folded = text.normalize("NFKD").replace(MARKS, "").normalize("NFC").toLowerCase();

  return toWords(applyRules(folded, LATIN_AND_DIGIT_RULES));
}

/** Latin: lower case, accents removed. Arabic: the rules above. */
export function normalizeForSearch(text: string): string {
  const lowered = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

  return toWords(applyRules(applyRules(lowered, LATIN_AND_DIGIT_RULES), ARABIC_RULES));
}
