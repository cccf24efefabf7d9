import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { IMAGE_MAX_BYTES } from "@/lib/images/limits";
import { optionalDate, optionalLink, REGION_CODE, text } from "./form-fields";
import { FORM_INTENTS, INITIATIVE_LIMITS as LIMITS } from "./form-limits";

const languageSchema = z.object({
  title: text(LIMITS.title, "initiativeTitleTooLong"),
  summary: text(LIMITS.summary, "initiativeSummaryTooLong"),
  description: text(LIMITS.description, "initiativeDescriptionTooLong"),
});

export type LanguageInput = z.output<typeof languageSchema>;

const newImageSchema = z.object({
  file: z.file({ error: "invalid" }).max(IMAGE_MAX_BYTES, { error: "imageTooLarge" }).optional(),
  alt: text(LIMITS.alt, "initiativeAltTooLong"),
});

const keptImageSchema = z.object({
  path: z.string().max(64),
  alt: text(LIMITS.alt, "initiativeAltTooLong"),
  remove: z.boolean(),
});

const baseSchema = z.object({
  intent: z.enum(FORM_INTENTS, { error: "invalid" }),
  translations: z.object({ fr: languageSchema, ar: languageSchema, en: languageSchema }),
  regionCode: z
    .string({ error: "invalid" })
    .refine((code) => code === "" || REGION_CODE.test(code), { error: "initiativeRegionRequired" }),
  otherRegions: z.array(z.string().regex(REGION_CODE, { error: "invalid" })).max(12),
  city: text(LIMITS.city, "initiativeCityTooLong"),
  themes: z.array(z.string().max(60)).max(20, { error: "invalid" }),
  startDate: optionalDate,
  endDate: optionalDate,
  links: z.array(optionalLink).max(LIMITS.links, { error: "initiativeTooManyLinks" }),
  images: z.array(newImageSchema).max(LIMITS.images, { error: "initiativeTooManyImages" }),
  existingImages: z.array(keptImageSchema).max(LIMITS.images, { error: "invalid" }),
});

type BaseInput = z.output<typeof baseSchema>;
type Check = z.core.$RefinementCtx<BaseInput>;

const hasAny = (language: LanguageInput) =>
  Boolean(language.title || language.summary || language.description);

function checkDraftContent(form: BaseInput, context: Check) {
  const filled = locales.filter((locale) => hasAny(form.translations[locale]));
  if (filled.length === 0) {
    context.addIssue({ code: "custom", path: ["translations"], message: "initiativeTitleNeeded" });
  }

  for (const locale of filled.filter((locale) => !form.translations[locale].title)) {
    const path = ["translations", locale, "title"];
    context.addIssue({ code: "custom", path, message: "initiativeTitleRequired" });
  }
}

// A language someone started must be finished; at least one must be complete.
function checkFullContent(form: BaseInput, context: Check) {
  const filled = locales.filter((locale) => hasAny(form.translations[locale]));
  if (filled.length === 0) {
    context.addIssue({
      code: "custom",
      path: ["translations"],
      message: "initiativeContentRequired",
    });
  }

  for (const locale of filled) {
    for (const field of ["title", "summary", "description"] as const) {
      if (form.translations[locale][field]) continue;

      const message = `initiative${field[0]?.toUpperCase()}${field.slice(1)}Required`;
      context.addIssue({ code: "custom", path: ["translations", locale, field], message });
    }
  }
}

function checkSubmission(form: BaseInput, context: Check) {
  checkFullContent(form, context);
  if (!form.regionCode) {
    context.addIssue({ code: "custom", path: ["regionCode"], message: "initiativeRegionRequired" });
  }
  if (form.themes.length === 0) {
    context.addIssue({ code: "custom", path: ["themes"], message: "initiativeThemesRequired" });
  }
  if (!form.startDate) {
    context.addIssue({ code: "custom", path: ["startDate"], message: "initiativeStartRequired" });
  }
}

function checkImages(form: BaseInput, context: Check) {
  form.images.forEach((image, index) => {
    if (image.file && !image.alt) {
      const path = ["images", index, "alt"];
      context.addIssue({ code: "custom", path, message: "initiativeAltRequired" });
    }
  });
  form.existingImages.forEach((image, index) => {
    if (!image.remove && !image.alt) {
      const path = ["existingImages", index, "alt"];
      context.addIssue({ code: "custom", path, message: "initiativeAltRequired" });
    }
  });

  const kept = form.existingImages.filter((image) => !image.remove).length;
  const added = form.images.filter((image) => image.file).length;
  if (kept + added > LIMITS.images) {
    context.addIssue({ code: "custom", path: ["images"], message: "initiativeTooManyImages" });
  }
}

function checkForm(form: BaseInput, context: Check) {
  if (form.intent === "submit") checkSubmission(form, context);
  else checkDraftContent(form, context);

  checkImages(form, context);
  if (form.startDate && form.endDate && form.endDate < form.startDate) {
    context.addIssue({ code: "custom", path: ["endDate"], message: "initiativeEndBeforeStart" });
  }
}

/**
 * The initiative form, read by the browser for early feedback and by the
 * server action, which is the authority. "draft" needs only a title in one
 * language; "submit" needs one complete language, a region, a theme and a
 * start date. Field paths are the inputs' names ("translations.ar.title").
 */
export const createInitiativeSchema = baseSchema
  .extend({ organisationId: z.string().min(1).max(64), clientToken: z.uuid({ error: "invalid" }) })
  .superRefine(checkForm);

export const updateInitiativeSchema = baseSchema
  .extend({ initiativeId: z.string().min(1).max(64) })
  .superRefine(checkForm);

export type InitiativeFormInput = BaseInput;
export type CreateInitiativeInput = z.output<typeof createInitiativeSchema>;
export type UpdateInitiativeInput = z.output<typeof updateInitiativeSchema>;
