import { readFile } from "node:fs/promises";
import { crc32, deflateSync } from "node:zlib";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { IMAGE_MAX_BYTES } from "@/lib/images/limits";
import { readStoredImage } from "@/lib/images/storage";
import { storeUploadedImage } from "@/lib/images/upload";

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#2f7d4f" } });

const fileOf = (bytes: Uint8Array | string, name: string, type = "image/jpeg") =>
  new File([bytes as BlobPart], name, { type });

// A PNG whose header announces width x height pixels: sharp reads only the
// header for the pixel check, so the rest of the image can be tiny.
function pngAnnouncing(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));

    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(16))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function refusalOf(file: File) {
  const error = await storeUploadedImage(file, "images.0.file").catch((caught) => caught);

  expect(error).toBeInstanceOf(AppError);

  return { field: (error as AppError).field, key: (error as AppError).fieldMessage };
}

describe("image uploads", () => {
  it("re-encodes a JPEG as WebP at most 1600 pixels wide under a random name", async () => {
    const jpeg = await solid(2400, 1200).jpeg().toBuffer();

    const stored = await storeUploadedImage(fileOf(jpeg, "photo.jpg"), "images.0.file");
    const saved = await readStoredImage(stored.path);

    expect(stored.path).toMatch(/^[a-f0-9]{32}\.webp$/);
    expect(stored).toMatchObject({ width: 1600, height: 800 });
    expect((await sharp(saved!).metadata()).format).toBe("webp");
    expect(saved?.byteLength).toBe(stored.bytes);
  });

  it("strips EXIF data and turns a rotated photo upright", async () => {
    const jpeg = await solid(300, 200)
      .jpeg()
      .withExif({ IFD0: { Copyright: "secret-owner", Artist: "secret-artist" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const stored = await storeUploadedImage(fileOf(jpeg, "rotated.jpg"), "images.0.file");
    const saved = (await readStoredImage(stored.path))!;
    const metadata = await sharp(saved).metadata();

    expect(metadata.exif).toBeUndefined();
    expect(saved.includes("secret-owner")).toBe(false);
    expect({ width: metadata.width, height: metadata.height }).toEqual({ width: 200, height: 300 });
  });

  it("refuses a text file renamed .jpg, whatever type the browser claims", async () => {
    const refusal = await refusalOf(fileOf("just some text, not a photo", "photo.jpg"));

    expect(refusal).toEqual({ field: "images.0.file", key: "imageTypeRefused" });
  });

  it("refuses an SVG image", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

    expect((await refusalOf(fileOf(svg, "logo.svg", "image/svg+xml"))).key).toBe(
      "imageTypeRefused",
    );
  });

  it("refuses a GIF even with an image extension", async () => {
    const gif = await solid(20, 20).gif().toBuffer();

    expect((await refusalOf(fileOf(gif, "anim.png", "image/png"))).key).toBe("imageTypeRefused");
  });

  it("refuses an image of more than 40 megapixels before decoding it", async () => {
    const png = await solid(8000, 5001).png({ compressionLevel: 9 }).toBuffer();
    expect(png.byteLength).toBeLessThan(IMAGE_MAX_BYTES);

    expect((await refusalOf(fileOf(png, "huge.png", "image/png"))).key).toBe("imageTooManyPixels");
  });

  it("calls an image beyond sharp's own pixel limit too large, not unreadable", async () => {
    const png = pngAnnouncing(30_000, 30_000);

    expect((await refusalOf(fileOf(png, "bomb.png", "image/png"))).key).toBe("imageTooManyPixels");
  });

  it("refuses a file over 5 MB with the too-large message", async () => {
    const noisy = Buffer.alloc(IMAGE_MAX_BYTES + 1, 7);

    const error = await storeUploadedImage(fileOf(noisy, "big.jpg"), "images.2.file").catch(
      (caught: AppError) => caught,
    );

    expect(error).toMatchObject({ code: "tooLarge", field: "images.2.file" });
    expect((error as AppError).fieldMessage).toBe("imageTooLarge");
  });

  it("refuses an empty file", async () => {
    expect((await refusalOf(fileOf(new Uint8Array(0), "empty.jpg"))).key).toBe("imageEmpty");
  });

  it("refuses a truncated image as unreadable", async () => {
    const png = await solid(400, 400).png().toBuffer();

    const refusal = await refusalOf(fileOf(png.subarray(0, 60), "cut.png", "image/png"));

    expect(refusal.key).toBe("imageUnreadable");
  });

  it("accepts a PNG with a script appended only as clean WebP without the script", async () => {
    const png = await solid(120, 80).png().toBuffer();
    const script = Buffer.from("<script>alert('x')</script>");
    const tainted = Buffer.concat([png, script]);

    const stored = await storeUploadedImage(fileOf(tainted, "x.png", "image/png"), "images.0.file");
    const saved = (await readStoredImage(stored.path))!;

    expect(saved.includes("<script")).toBe(false);
    expect((await sharp(saved).metadata()).format).toBe("webp");
  });

  it("never reads a stored name that could leave the upload folder", async () => {
    const outside = path.resolve("package.json");

    expect(await readFile(outside)).toBeDefined();
    expect(await readStoredImage("../package.json")).toBeNull();
    expect(await readStoredImage(`${"a".repeat(32)}.webp/../../package.json`)).toBeNull();
  });
});
