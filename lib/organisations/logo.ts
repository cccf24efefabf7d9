import "server-only";
import { deleteStoredImage } from "@/lib/images/storage";
import { storeUploadedImage } from "@/lib/images/upload";

// Logos are shown small; a square of this width is sharp on any screen.
const LOGO_MAX_WIDTH = 512;

/** Checks, re-encodes and stores an uploaded logo; refusals name the "logo" field. */
export async function storeLogo(file: File | undefined): Promise<string | undefined> {
  if (!file) return undefined;

  const stored = await storeUploadedImage(file, "logo", { maxWidth: LOGO_MAX_WIDTH });

  return stored.path;
}

export async function discardLogo(path: string | null | undefined): Promise<void> {
  if (path) await deleteStoredImage(path);
}
