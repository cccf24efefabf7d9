import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { isProfileReviewable } from "@/lib/moderation/profile-scope";
import { isReviewable, moderatorScope } from "@/lib/moderation/scope";
import { requireInitiativeAccess, requireMembership } from "@/lib/organisations/access";

// An organisation's private pages, and who may open each.
const PAGES: { path: RegExp; roles: MembershipRole[] }[] = [
  { path: /^\/(?:fr|ar|en)\/my-space\/organisations\/([^/]+)\/members$/, roles: ["OWNER"] },
  { path: /^\/(?:fr|ar|en)\/my-space\/organisations\/([^/]+)\/edit$/, roles: ["OWNER", "EDITOR"] },
];

const ID = /^[\w-]{1,64}$/;

const EDIT_INITIATIVE = /^\/(?:fr|ar|en)\/my-space\/initiatives\/([^/]+)\/edit$/;
const NEW_INITIATIVE = /^\/(?:fr|ar|en)\/my-space\/initiatives\/new$/;

const MODERATION = /^\/(?:fr|ar|en)\/moderation(?:\/|$)/;
const REVIEW = /^\/(?:fr|ar|en)\/moderation\/initiatives\/([^/]+)$/;
const PROFILE_REVIEW = /^\/(?:fr|ar|en)\/moderation\/organisations\/([^/]+)$/;
const ADMIN = /^\/(?:fr|ar|en)\/admin(?:\/|$)/;

async function mayOpen(userId: string, organisationId: string, roles: MembershipRole[]) {
  try {
    await requireMembership({ id: userId }, organisationId, roles);

    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") return false;
    throw error;
  }
}

async function mayEditInitiative(userId: string, initiativeId: string) {
  try {
    await requireInitiativeAccess({ id: userId }, initiativeId);

    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") return false;
    throw error;
  }
}

// The initiative form, for members of the initiative's (or the chosen)
// organisation only. A new form without an organisation is left to the page,
// which sends the visitor to My space to choose one.
async function isHiddenInitiativePage(url: URL, user: CurrentUser): Promise<boolean> {
  const initiativeId = EDIT_INITIATIVE.exec(url.pathname)?.[1];
  if (initiativeId !== undefined) {
    return !ID.test(initiativeId) || !(await mayEditInitiative(user.id, initiativeId));
  }
  if (!NEW_INITIATIVE.test(url.pathname)) return false;

  const organisationId = url.searchParams.get("organisation");
  if (!organisationId) return false;

  return !ID.test(organisationId) || !(await mayOpen(user.id, organisationId, ["OWNER", "EDITOR"]));
}

async function isHiddenOrganisationPage(pathname: string, user: CurrentUser): Promise<boolean> {
  const page = PAGES.find(({ path }) => path.test(pathname));
  const organisationId = page?.path.exec(pathname)?.[1];
  if (!page || organisationId === undefined) return false;
  if (!ID.test(organisationId)) return true;

  return !(await mayOpen(user.id, organisationId, page.roles));
}

// Moderation pages exist only for moderators; a review page only for the
// moderators whose regions cover the initiative, or the organisation whose
// profile edit it shows.
async function isHiddenModerationPage(pathname: string, user: CurrentUser): Promise<boolean> {
  if (ADMIN.test(pathname)) return user.role !== "ADMIN";
  if (!MODERATION.test(pathname)) return false;

  const scope = await moderatorScope(user);
  if (!scope) return true;

  const organisationId = PROFILE_REVIEW.exec(pathname)?.[1];
  if (organisationId !== undefined) {
    return !ID.test(organisationId) || !(await isProfileReviewable(scope, organisationId));
  }

  const initiativeId = REVIEW.exec(pathname)?.[1];
  if (initiativeId === undefined) return false;

  return !ID.test(initiativeId) || !(await isReviewable(scope, initiativeId));
}

/**
 * True when a signed-in user asks for a private page that is not theirs to
 * open (another organisation's, or moderation without the role): the proxy
 * answers it with the 404 page, as it does for unpublished content (see
 * proxy.ts for why the pages cannot). Signed-out visitors get false: the
 * page itself sends them to sign in.
 */
export async function isHiddenPrivatePage(url: URL): Promise<boolean> {
  const { pathname } = url;
  const checked = [MODERATION, ADMIN, EDIT_INITIATIVE, NEW_INITIATIVE, ...PAGES.map((p) => p.path)];
  if (!checked.some((path) => path.test(pathname))) return false;

  const user = await getCurrentUser();
  if (!user) return false;

  return (
    (await isHiddenOrganisationPage(pathname, user)) ||
    (await isHiddenInitiativePage(url, user)) ||
    (await isHiddenModerationPage(pathname, user))
  );
}
