import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { encodeImage } from "./encode-image";
import { IMAGE_MAX_BYTES } from "./limits";
import { ImageRefusedError } from "./refusal";
import { writeStoredImage } from "./storage";

export type StoredImage = { path: string; width: number; height: number; bytes: number };

function refusal(error: ImageRefusedError, field: string) {
  const code = error.reason === "imageTooLarge" ? "tooLarge" : "invalidInput";

  return new AppError(code, field, error.reason);
}

/**
 * Checks, re-encodes and stores an uploaded image. A refusal is an AppError
 * on `field` whose message says why (FormErrors.image*), never a crash.
 */
export async function storeUploadedImage(
  file: File,
  field: string,
  options: { maxWidth?: number } = {},
): Promise<StoredImage> {
  if (file.size > IMAGE_MAX_BYTES) throw new AppError("tooLarge", field, "imageTooLarge");

  try {
    const image = await encodeImage(new Uint8Array(await file.arrayBuffer()), options.maxWidth);
    const path = await writeStoredImage(image.data);

    return { path, width: image.width, height: image.height, bytes: image.bytes };
  } catch (error) {
    if (error instanceof ImageRefusedError) throw refusal(error, field);
    throw error;
  }
}
