/**
 * Whether a file input sent a file someone chose. An input left empty still
 * sends an empty part: browsers name it "", and a server action (React reads
 * the body with busboy, which reports no filename) names it "undefined".
 * An empty file that was really chosen keeps its name and is refused later
 * as empty.
 */
export function isChosenFile(value: unknown): value is File {
  if (!(value instanceof File)) return false;

  return value.size > 0 || (value.name !== "" && value.name !== "undefined");
}
