import type { TextSegment } from "@/lib/moderation/word-diff";

type Props = { segments: TextSegment[]; side: "before" | "after" };

/**
 * One side of a word-by-word comparison: the published side shows what was
 * taken out, the proposed side what was put in, each marked by more than colour.
 */
export function TextSegments({ segments, side }: Props) {
  const hidden = side === "before" ? "added" : "removed";

  return (
    <>
      {segments
        .filter((segment) => segment.op !== hidden)
        .map((segment, i) => {
          if (segment.op === "removed") {
            return (
              <del key={i} className="rounded-sm bg-orange-100 text-terracotta decoration-2">
                {segment.text}
              </del>
            );
          }
          if (segment.op === "added") {
            return (
              <ins key={i} className="rounded-sm bg-green-100 text-green-900 decoration-2">
                {segment.text}
              </ins>
            );
          }

          return <span key={i}>{segment.text}</span>;
        })}
    </>
  );
}
