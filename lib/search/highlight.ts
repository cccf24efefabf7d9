import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";
import type { HighlightTerms } from "./highlight-terms";

export type Segment = { text: string; match: boolean };

// A word as written: letters and digits with their accents, vowel marks and
// tatweel, so a match covers the characters the reader sees.
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

function matches(written: string, terms: HighlightTerms): boolean {
  return normalizeForSearch(written)
    .split(" ")
    .filter(Boolean)
    .some((word) => {
      const forms = [word, stripArabicArticle(word)];

      return forms.some(
        (form) =>
          terms.words.includes(form) || terms.prefixes.some((prefix) => form.startsWith(prefix)),
      );
    });
}

/**
 * The text cut into runs, each marked when it is a word that the search
 * matched. Matching compares normalised forms; the runs keep the original
 * characters, so "École" and "الطاقَة" are highlighted as written.
 */
export function highlightSegments(text: string, terms: HighlightTerms): Segment[] {
  const segments: Segment[] = [];
  let last = 0;

  const push = (end: number, match: boolean) => {
    if (end > last) segments.push({ text: text.slice(last, end), match });
    last = end;
  };

  for (const found of text.matchAll(WRITTEN_WORD)) {
    if (!matches(found[0], terms)) continue;

    push(found.index, false);
    push(found.index + found[0].length, true);
  }
  push(text.length, false);

  return segments;
}
