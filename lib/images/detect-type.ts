import "server-only";
import { fileTypeFromBuffer } from "file-type";

const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * The image type read from the bytes themselves, or null when it is not one we
 * accept. The file name and the browser's MIME type are never trusted: SVG,
 * HTML and GIF (which may carry scripts or animations) are all refused.
 */
export async function detectImageType(bytes: Uint8Array): Promise<string | null> {
  const type = await fileTypeFromBuffer(bytes);

  return type && ACCEPTED.has(type.mime) ? type.mime : null;
}
