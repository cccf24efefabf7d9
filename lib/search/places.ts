import { z } from "zod";
import { stripArabicArticle } from "@/lib/text/arabic-article";
import { normalizeForSearch } from "@/lib/text/normalize";
import placeFile from "./place-names.json";

const placeFileSchema = z.object({
  places: z.array(
    z.object({
      names: z.array(z.string().min(1)).min(1),
      ambiguous: z.array(z.string().min(1)).default([]),
    }),
  ),
});

type Place = {
  /** Spellings looked for in text, each as normalised words. */
  names: string[][];
  /** Every spelling, normalised. */
  spellings: string[];
};

const words = (text: string) => normalizeForSearch(text).split(" ").filter(Boolean);

const PLACES: Place[] = placeFileSchema.parse(placeFile).places.map((place) => ({
  names: place.names.map(words),
  spellings: [...new Set([...place.names, ...place.ambiguous].map(normalizeForSearch))],
}));

type Name = { words: string[]; place: Place };

// Names by their first word, so a text is read once whatever the table's size.
function byFirstWord(places: Place[]): Map<string, Name[]> {
  const index = new Map<string, Name[]>();
  for (const place of places) {
    for (const words of place.names) {
      const first = words[0] ?? "";
      index.set(first, [...(index.get(first) ?? []), { words, place }]);
    }
  }

  return index;
}

const BY_FIRST_WORD = byFirstWord(PLACES);

function startsAt(text: string[], index: number, name: string[]): boolean {
  return name.every((word, offset) => text[index + offset] === word);
}

/**
 * Every spelling of the places named in `text` (normalised words), so that
 * text naming Marrakech is found by "مراكش", "Marrakesh" or "Marakech".
 */
export function placeSpellingsIn(text: string[]): string[] {
  const found = new Set<Place>();

  text.forEach((word, index) => {
    for (const candidate of BY_FIRST_WORD.get(word) ?? []) {
      if (startsAt(text, index, candidate.words)) found.add(candidate.place);
    }
  });

  return [...found].flatMap((place) => place.spellings);
}

/**
 * The one-word spellings of a place one of whose one-word spellings is `word`
 * (a query word, article stripped): what to highlight when it was searched.
 */
export function placeWordsFor(word: string): string[] {
  const stems = (place: Place) =>
    place.spellings.filter((s) => !s.includes(" ")).map(stripArabicArticle);

  return PLACES.map(stems).flatMap((spellings) => (spellings.includes(word) ? spellings : []));
}
