"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/form/field-error";
import { IMAGE_ACCEPT } from "@/lib/images/limits";
import { INITIATIVE_LIMITS as LIMITS } from "@/lib/initiatives/form-limits";
import { fieldClass } from "./field-class";
import { useField } from "./form-context";
import { TextField } from "./text-field";

function FileInput({ name, label }: { name: string; label: string }) {
  const field = useField(name);

  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <input type="file" accept={IMAGE_ACCEPT} className={fieldClass} {...field.inputProps} />
      <FieldError id={field.errorId} message={field.error} />
    </div>
  );
}

/** One empty place for an image: the file and what it shows. */
export function NewImage({ index }: { index: number }) {
  const t = useTranslations("InitiativeForm");

  return (
    <fieldset className="space-y-3 rounded-lg border border-sand-200 p-4">
      <legend className="px-1 font-semibold text-green-900">
        {t("image", { number: index + 1 })}
      </legend>
      <FileInput name={`images.${index}.file`} label={t("imageFile")} />
      <TextField
        name={`images.${index}.alt`}
        label={t("imageAlt")}
        hint={t("imageAltHint")}
        maxLength={LIMITS.alt}
      />
    </fieldset>
  );
}

export type SavedImage = { path: string; url: string; width: number; height: number; alt: string };

/** A stored image: what it looks like, its editable alt text, and a way to remove it. */
export function SavedImageFields({ image, index }: { image: SavedImage; index: number }) {
  const t = useTranslations("InitiativeForm");
  const remove = useField(`existingImages.${index}.remove`);

  return (
    <fieldset className="space-y-3 rounded-lg border border-sand-200 p-4">
      <legend className="px-1 font-semibold text-green-900">
        {t("existingImage", { number: index + 1 })}
      </legend>
      <input type="hidden" name={`existingImages.${index}.path`} value={image.path} />
      <img
        src={image.url}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading="lazy"
        className="h-auto max-h-48 w-auto rounded-md"
      />
      <TextField
        name={`existingImages.${index}.alt`}
        label={t("imageAlt")}
        hint={t("imageAltHint")}
        maxLength={LIMITS.alt}
      />
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          id={remove.id}
          name={`existingImages.${index}.remove`}
          defaultChecked={remove.defaultValue !== ""}
          className="size-5 accent-terracotta"
        />
        {t("removeImage")}
      </label>
    </fieldset>
  );
}
