import { highlightSegments } from "@/lib/search/highlight";
import type { HighlightTerms } from "@/lib/search/highlight-terms";

type Props = { text: string; terms: HighlightTerms | null | undefined };

/** Text with the words a search matched in <mark>; plain text nodes otherwise, never markup. */
export function HighlightedText({ text, terms }: Props) {
  if (!terms) return text;

  return highlightSegments(text, terms).map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-saffron/35 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
