import { normalizeForSearch } from "@/lib/text/normalize";

type Searchable = {
  city?: string | null;
  organisationNames: string[];
  translations: { title: string; summary?: string | null; description?: string | null }[];
};

/** The normalised text that the directory search matches against. */
export function buildSearchText({ city, organisationNames, translations }: Searchable): string {
  const parts = [
    ...translations.flatMap((t) => [t.title, t.summary ?? "", t.description ?? ""]),
    ...organisationNames,
    city ?? "",
  ];

  return normalizeForSearch(parts.join(" "));
}
