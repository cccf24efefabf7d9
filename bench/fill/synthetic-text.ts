import type { Place } from "./places";
import type { Random } from "./random";
import type { SyntheticTranslation } from "./synthetic";
import { vocabularies, type BenchLocale } from "./vocabulary";

/**
 * What an initiative says, independent of language: indices into the
 * parallel vocabularies, so each translation renders the same content.
 */
export type Content = {
  topic: number;
  secondTopic: number | undefined;
  town: Place;
  year: number;
  sentences: { opener: number; topic: number; ending: number }[];
};

export function makeContent(topic: number, town: Place, year: number, random: Random): Content {
  const words = vocabularies.fr;
  // 3 to 9 sentences: 300 to 1,100 characters, like the sourced descriptions.
  const sentences = Array.from({ length: random.int(3, 9) }, (_, i) => ({
    opener: random.int(0, words.openers.length - 1),
    topic: i === 0 ? topic : random.int(0, words.topics.length - 1),
    ending: random.int(0, words.endings.length - 1),
  }));

  const secondTopic = random.chance(0.5) ? sentences[1]?.topic : undefined;

  return {
    topic,
    secondTopic: secondTopic === topic ? undefined : secondTopic,
    town,
    year,
    sentences,
  };
}

function sentence(locale: BenchLocale, content: Content, parts: Content["sentences"][number]) {
  const words = vocabularies[locale];
  const ending = (words.endings[parts.ending] ?? "")
    .replace("{town}", content.town[locale])
    .replace("{year}", String(content.year));

  return `${words.openers[parts.opener]} ${words.topics[parts.topic]?.phrase} ${ending}.`;
}

export function renderContent(locale: BenchLocale, content: Content): SyntheticTranslation {
  const words = vocabularies[locale];
  const sentences = content.sentences.map((parts) => sentence(locale, content, parts));
  const first = words.topics[content.topic]?.title ?? "";
  const second = words.topics[content.secondTopic ?? -1]?.title;

  return {
    locale,
    title: words.title(second ? words.both(first, second) : first, content.town[locale]),
    // Two sentences: about the length of the sourced summaries.
    summary: sentences.slice(0, 2).join(" "),
    description: sentences.join(" "),
  };
}
