import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// 128 random bits in hex: unguessable, and the only shape ever joined to the
// upload folder, so no path can climb out of it.
const STORED_NAME = /^[a-f0-9]{32}\.webp$/;

export function isStoredImageName(name: string): boolean {
  return STORED_NAME.test(name);
}

function fullPath(name: string) {
  return path.resolve(env.UPLOAD_DIR, name);
}

/** Writes a re-encoded image under a new random name, and returns that name. */
export async function writeStoredImage(data: Buffer): Promise<string> {
  const name = `${randomBytes(16).toString("hex")}.webp`;

  await mkdir(path.resolve(env.UPLOAD_DIR), { recursive: true });
  await writeFile(fullPath(name), data, { flag: "wx" });

  return name;
}

export async function readStoredImage(name: string): Promise<Buffer | null> {
  if (!isStoredImageName(name)) return null;

  return readFile(fullPath(name)).catch(() => null);
}

export async function deleteStoredImage(name: string): Promise<void> {
  if (!isStoredImageName(name)) return;

  await rm(fullPath(name), { force: true });
}
