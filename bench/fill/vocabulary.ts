import { arabic } from "./vocabulary-ar";
import { english } from "./vocabulary-en";
import { french } from "./vocabulary-fr";

export type Topic = { title: string; phrase: string };

/**
 * Words of one language to compose synthetic initiatives. Lists of the three
 * languages run in parallel (the same index means the same thing), so the
 * translations of one initiative say the same.
 */
export type Vocabulary = {
  topics: Topic[];
  /** Who does what, before a topic's phrase. */
  openers: string[];
  /** After a topic's phrase; {town} and {year} are filled in. */
  endings: string[];
  /** Two topics in one title. */
  both: (first: string, second: string) => string;
  title: (topic: string, town: string) => string;
  organisationKinds: string[];
  organisationNames: string[];
  organisation: (kind: string, name: string, town: string) => string;
};

export const vocabularies = { fr: french, ar: arabic, en: english } as const;

export type BenchLocale = keyof typeof vocabularies;
