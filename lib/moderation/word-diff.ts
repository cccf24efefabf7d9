export type TextSegment = { text: string; op: "same" | "added" | "removed" };

// A longest-common-subsequence table grows with the product of both lengths;
// past this many cells the whole text is shown as replaced instead.
const MAX_CELLS = 400_000;

const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

function lcsTable(a: string[], b: string[]): Uint32Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));

  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const below = table[i + 1] as Uint32Array;
      const row = table[i] as Uint32Array;
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }

  return table;
}

function push(segments: TextSegment[], text: string, op: TextSegment["op"]) {
  const last = segments.at(-1);
  if (last?.op === op) last.text += text;
  else segments.push({ text, op });
}

function walk(a: string[], b: string[], table: Uint32Array[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let i = 0;
  let j = 0;
  const cell = (x: number, y: number) => table[x]?.[y] ?? 0;

  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(segments, a[i] ?? "", "same");
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || cell(i + 1, j) >= cell(i, j + 1))) {
      push(segments, a[i] ?? "", "removed");
      i += 1;
    } else {
      push(segments, b[j] ?? "", "added");
      j += 1;
    }
  }

  return segments;
}

const isBlank = (segment: TextSegment | undefined) =>
  segment?.op === "same" && segment.text.trim() === "";

// A lone space kept between two changes splits one replacement into many
// small ones; each run of changes reads best as all it removed, then all it added.
function groupChanges(segments: TextSegment[]): TextSegment[] {
  const grouped: TextSegment[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) grouped.push({ text: removed, op: "removed" });
    if (added) grouped.push({ text: added, op: "added" });
    removed = "";
    added = "";
  };

  segments.forEach((segment, i) => {
    const between = isBlank(segment) && (removed || added) && segments[i + 1]?.op !== "same";
    if (segment.op === "same" && !between) {
      flush();
      grouped.push(segment);
    } else {
      if (segment.op !== "added") removed += segment.text;
      if (segment.op !== "removed") added += segment.text;
    }
  });
  flush();

  return grouped;
}

/**
 * The words kept, added and removed between two versions of a text, so a
 * moderator sees at a glance what an edit changed inside a long description.
 */
export function diffWords(before: string, after: string): TextSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      ...(before ? [{ text: before, op: "removed" as const }] : []),
      ...(after ? [{ text: after, op: "added" as const }] : []),
    ];
  }

  return groupChanges(walk(a, b, lcsTable(a, b)));
}
