import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { Locale } from "@/lib/generated/prisma/enums";
import { deleteStoredImage } from "@/lib/images/storage";
import { storeUploadedImage } from "@/lib/images/upload";
import type { ContentImage } from "./content";
import type { InitiativeFormInput } from "./form-schema";
import { INITIATIVE_LIMITS as LIMITS } from "./form-limits";

type ImageChoice = { kept: ContentImage[]; removed: ContentImage[] };

/**
 * The current images minus those ticked for removal, with their edited alt
 * texts. An image the form did not list (added meanwhile in another tab) is
 * kept; a listed path that is not among the current images is ignored.
 */
export function keepImages(current: ContentImage[], input: InitiativeFormInput): ImageChoice {
  const listed = new Map(input.existingImages.map((image) => [image.path, image]));
  const removed = current.filter((image) => listed.get(image.path)?.remove);
  const kept = current
    .filter((image) => !listed.get(image.path)?.remove)
    .map((image) => ({ ...image, altText: listed.get(image.path)?.alt || image.altText }));

  return { kept, removed };
}

export async function deleteImageFiles(images: ContentImage[]) {
  await Promise.all(images.map((image) => deleteStoredImage(image.path)));
}

/**
 * Stores the newly chosen images. A refused one is an error on its own file
 * input; images stored before it are deleted again.
 */
export async function storeNewImages(
  input: InitiativeFormInput,
  keptCount: number,
  altLocale: Locale,
): Promise<ContentImage[]> {
  const chosen = input.images.flatMap(({ file, alt }, index) =>
    file ? [{ file, alt, index }] : [],
  );
  if (keptCount + chosen.length > LIMITS.images) {
    throw new AppError("invalidInput", "images", "initiativeTooManyImages");
  }

  const stored: ContentImage[] = [];
  try {
    for (const { file, alt, index } of chosen) {
      const image = await storeUploadedImage(file, `images.${index}.file`);
      stored.push({ ...image, altText: alt, altLocale });
    }
  } catch (error) {
    await deleteImageFiles(stored);
    throw error;
  }

  return stored;
}
