import { initiativePath, organisationPath, regionPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { REGION_CODES } from "@/lib/regions/codes";

/** What changed, by the slugs of the detail pages that show it. */
export type ChangedPages = { initiativeSlugs: string[]; organisationSlugs: string[] };

// Pages that list or count published initiatives. Every region page is in:
// an approved edit can move an initiative from one region to another.
const LIST_PATHS = [
  "",
  "/initiatives",
  "/regions",
  "/organisations",
  ...REGION_CODES.map(regionPath),
];

// A cached page is keyed by the path it was asked for: percent-encoded when
// a browser asks for an Arabic slug, as written when another route does.
function bothSpellings(path: string): string[] {
  const decoded = decodeURIComponent(path);

  return decoded === path ? [path] : [path, decoded];
}

/** Every cached path that shows the changed content, in every language. */
export function pathsShowing({ initiativeSlugs, organisationSlugs }: ChangedPages): string[] {
  const paths = [
    ...LIST_PATHS,
    ...initiativeSlugs.map(initiativePath),
    ...organisationSlugs.map(organisationPath),
  ];
  const localised = routing.locales.flatMap((locale) =>
    paths.flatMap((path) => bothSpellings(`/${locale}${path}`)),
  );

  return [...new Set(localised)];
}
