/** Why an image was refused; each reason is a key of the FormErrors messages. */
export type ImageRefusalReason =
  "imageEmpty" | "imageTooLarge" | "imageTooManyPixels" | "imageTypeRefused" | "imageUnreadable";

export class ImageRefusedError extends Error {
  constructor(readonly reason: ImageRefusalReason) {
    super(reason);
    this.name = "ImageRefusedError";
  }
}
