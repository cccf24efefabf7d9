import type { Prisma } from "@/lib/generated/prisma/client";

// What a card in a list needs, and no more: the directory stays light.
export const initiativeCardSelect = {
  id: true,
  slug: true,
  city: true,
  regionCode: true,
  originalLocale: true,
  startDate: true,
  datePrecision: true,
  publishedAt: true,
  translations: { select: { locale: true, title: true, summary: true } },
  themes: { select: { themeSlug: true, isPrimary: true }, orderBy: { isPrimary: "desc" } },
  organisation: {
    select: { slug: true, name: true, translations: { select: { locale: true, name: true } } },
  },
} satisfies Prisma.InitiativeSelect;

export type InitiativeCard = Prisma.InitiativeGetPayload<{ select: typeof initiativeCardSelect }>;

export const initiativeDetailSelect = {
  ...initiativeCardSelect,
  scope: true,
  endDate: true,
  updatedAt: true,
  translations: {
    select: { locale: true, title: true, summary: true, description: true },
  },
  regions: { select: { regionCode: true } },
  links: {
    select: { id: true, kind: true, url: true, label: true },
    orderBy: { sortOrder: "asc" },
  },
  images: {
    select: { id: true, path: true, width: true, height: true, altText: true, altLocale: true },
    orderBy: { sortOrder: "asc" },
  },
} satisfies Prisma.InitiativeSelect;

export type InitiativeDetail = Prisma.InitiativeGetPayload<{
  select: typeof initiativeDetailSelect;
}>;
