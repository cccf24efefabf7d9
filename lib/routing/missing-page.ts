import "server-only";
import { publishedInitiativeExists } from "@/lib/initiatives/queries";
import { isLocale } from "@/lib/i18n/routing";
import { publicOrganisationExists } from "@/lib/organisations/queries";
import { decodeSlug } from "@/lib/i18n/paths";

const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;

// No slug is this long or holds control characters; PostgreSQL would even
// refuse a NUL byte with an error. Such keys are answered without a query.
const MAX_KEY_LENGTH = 200;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function isPlausibleKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && !CONTROL_CHARACTER.test(key);
}

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

  const decoded = decodeSlug(key);

  return !isPlausibleKey(decoded) || !(await exists(decoded));
}
