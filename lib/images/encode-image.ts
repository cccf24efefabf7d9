import "server-only";
import sharp from "sharp";
import { detectImageType } from "./detect-type";
import { IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_WIDTH } from "./limits";
import { ImageRefusedError } from "./refusal";

export type EncodedImage = { data: Buffer; width: number; height: number; bytes: number };

async function pixelCount(bytes: Uint8Array): Promise<number> {
  // Reads the header only, so a huge image is refused before it is decoded.
  // sharp's own pixel limit would make it throw here, and the image would be
  // called unreadable instead of too large.
  const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();

  return width * height;
}

async function checkImage(bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw new ImageRefusedError("imageEmpty");
  if (bytes.byteLength > IMAGE_MAX_BYTES) throw new ImageRefusedError("imageTooLarge");
  if (!(await detectImageType(bytes))) throw new ImageRefusedError("imageTypeRefused");

  const pixels = await pixelCount(bytes).catch(() => {
    throw new ImageRefusedError("imageUnreadable");
  });
  if (pixels > IMAGE_MAX_PIXELS) throw new ImageRefusedError("imageTooManyPixels");
}

/**
 * An uploaded image checked and re-encoded as WebP: turned upright, at most
 * `maxWidth` pixels wide. Only the decoded pixels are written again, so EXIF
 * (location, camera), comments and any bytes hidden after the image are gone.
 */
export async function encodeImage(
  bytes: Uint8Array,
  maxWidth = IMAGE_MAX_WIDTH,
): Promise<EncodedImage> {
  await checkImage(bytes);

  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: IMAGE_MAX_PIXELS,
      autoOrient: true,
    })
      .resize({ width: maxWidth, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });

    return { data, width: info.width, height: info.height, bytes: info.size };
  } catch {
    throw new ImageRefusedError("imageUnreadable");
  }
}
