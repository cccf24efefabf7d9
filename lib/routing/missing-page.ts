import "server-only";
import { publishedInitiativeExists } from "@/lib/initiatives/queries";
import { isLocale } from "@/lib/i18n/routing";
import { publicOrganisationExists } from "@/lib/organisations/queries";
import { decodeSlug } from "@/lib/i18n/paths";

const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;

const DETAIL_PAGES = new Map<string, (key: string) => Promise<boolean>>([
  ["initiatives", publishedInitiativeExists],
  ["organisations", publicOrganisationExists],
  ["regions", async (code) => REGION_CODE.test(code)],
]);

/**
 * True when the path is a public detail page (initiative, organisation,
 * region) whose subject does not exist or is not public. The proxy answers
 * those with the 404 page before rendering; see proxy.ts for why.
 */
export async function isMissingDetailPage(pathname: string): Promise<boolean> {
  const [locale, section, key, ...rest] = pathname.split("/").slice(1);
  if (!locale || !isLocale(locale) || !section || !key || rest.length > 0) return false;

  const exists = DETAIL_PAGES.get(section);
  if (!exists) return false;

  return !(await exists(decodeSlug(key)));
}
