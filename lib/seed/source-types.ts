import { z } from "zod";

// Shapes of the reference files in prisma/seed-data, checked when read so a
// bad edit fails the seed loudly instead of seeding half a directory.

const localized = z.object({ fr: z.string(), ar: z.string(), en: z.string() });

export const regionFileSchema = z.object({
  regions: z.array(
    z.object({
      code: z.string().regex(/^MA-\d{2}$/),
      hcp_code: z.string(),
      name_fr: z.string(),
      name_fr_hcp: z.string(),
      name_ar: z.string(),
      name_ar_variants: z.array(z.string()),
      name_en: z.string(),
      capital: localized,
    }),
  ),
});

export const themeFileSchema = z.object({
  themes: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      label: localized,
      description: localized,
      color: z.string().regex(/^#[0-9a-f]{6}$/),
      aliases: z.array(z.string()),
    }),
  ),
});

export const initiativeFileSchema = z.object({
  initiatives: z.array(
    z.object({
      slug: z.string(),
      title: z.object({ fr: z.string(), en: z.string(), ar: z.string().nullable().optional() }),
      organisation: z.object({ name: z.string(), name_ar: z.string().nullable() }),
      org_type: z.string(),
      city: z.string().nullable(),
      region_code: z.string().nullable(),
      region_codes: z.array(z.string()),
      scope: z.enum(["local", "regional", "national", "international"]).nullable(),
      theme: z.string(),
      secondary_themes: z.array(z.string()),
      start_year: z.number().int().nullable(),
      description: z.object({ fr: z.string(), en: z.string() }),
      sources: z.array(z.string()),
    }),
  ),
});

export type SourceInitiative = z.infer<typeof initiativeFileSchema>["initiatives"][number];
