// Light stemming of a query word written in Latin letters, French or English,
// already normalised (lower case, no accents). People type the verb for the
// noun the text uses ("recycler" for "recyclage", "planter" for
// "plantation", "cleaning" for "clean-up"), or a plural for a singular. The
// stem is always the beginning of the word, so as a prefix it still finds
// everything the word found, and its relatives besides.
//
// Deliberately small: one plural ending, then one ending of verbs and
// derived nouns. No final "e" is removed: "ecole" would become "ecol" and
// find "écologie", in a directory where that word is everywhere.

// Four letters before it at least: "plus" cut to "plu" would find "pluie".
const PLURAL = /(?<=[a-z]{4})[sx]$/;

// Longest first, so "ation" is tried before "ant" or "age" would misfire.
const ENDINGS = ["ations", "ation", "ements", "ement", "ment", "ages", "age"]
  .concat(["ants", "ant", "ing", "eurs", "eur", "ees", "ee", "er", "ez", "ed"])
  .sort((a, b) => b.length - a.length);

// Shorter stems run into other words, in the other languages too: "fromage"
// cut to "from" would find every English text.
const MIN_STEM_LENGTH = 5;

const LATIN_WORD = /^[a-z]+$/;

/** The word's light stem, or the word itself when it has none. */
export function lightStem(word: string): string {
  if (!LATIN_WORD.test(word)) return word;

  const ending = ENDINGS.find(
    (candidate) => word.endsWith(candidate) && word.length - candidate.length >= MIN_STEM_LENGTH,
  );
  if (ending) return word.slice(0, -ending.length);

  return word.replace(PLURAL, "");
}
