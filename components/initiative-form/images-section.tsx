"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/form/field-error";
import { INITIATIVE_LIMITS as LIMITS } from "@/lib/initiatives/form-limits";
import { useField, useFormErrors } from "./form-context";
import { FormSection } from "./form-section";
import { NewImage, SavedImageFields, type SavedImage } from "./image-sections";

type Props = { savedImages: SavedImage[]; filesLost: boolean };

/**
 * Stored images first, then empty places up to six in all. The first empty
 * place is open; the others fold away until needed (no script required).
 */
export function ImagesSection({ savedImages, filesLost }: Props) {
  const t = useTranslations("InitiativeForm");
  const group = useField("images");
  const free = Math.max(0, LIMITS.images - savedImages.length);
  const [first, ...more] = Array.from({ length: free }, (_, index) => index);
  const errors = useFormErrors();
  const moreHasError = more.some((i) => errors[`images.${i}.file`] || errors[`images.${i}.alt`]);

  return (
    <FormSection title={t("imagesLegend")} hint={t("imagesHint")}>
      {filesLost ? (
        <p className="rounded-md bg-sand-100 px-3 py-2 font-medium">{t("chooseFilesAgain")}</p>
      ) : null}
      <FieldError id={group.errorId} message={group.error} />
      {savedImages.map((image, index) => (
        <SavedImageFields key={image.path} image={image} index={index} />
      ))}
      {first === undefined ? null : <NewImage index={first} />}
      {more.length > 0 ? (
        <details open={moreHasError} className="space-y-3">
          <summary className="cursor-pointer font-semibold text-green-900">
            {t("moreImages")}
          </summary>
          <div className="mt-3 space-y-3">
            {more.map((index) => (
              <NewImage key={index} index={index} />
            ))}
          </div>
        </details>
      ) : null}
    </FormSection>
  );
}
