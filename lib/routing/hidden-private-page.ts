import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { getCurrentUser } from "@/lib/auth/session";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { requireMembership } from "@/lib/organisations/access";

// An organisation's private pages, and who may open each.
const PAGES: { path: RegExp; roles: MembershipRole[] }[] = [
  { path: /^\/(?:fr|ar|en)\/my-space\/organisations\/([^/]+)\/members$/, roles: ["OWNER"] },
  { path: /^\/(?:fr|ar|en)\/my-space\/organisations\/([^/]+)\/edit$/, roles: ["OWNER", "EDITOR"] },
];

const ID = /^[\w-]{1,64}$/;

async function mayOpen(userId: string, organisationId: string, roles: MembershipRole[]) {
  try {
    await requireMembership({ id: userId }, organisationId, roles);

    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") return false;
    throw error;
  }
}

/**
 * True when a signed-in user asks for a private page of an organisation that
 * is not theirs to open: the proxy answers it with the 404 page, as it does
 * for unpublished content (see proxy.ts for why the pages cannot). Signed-out
 * visitors get false: the page itself sends them to sign in.
 */
export async function isHiddenPrivatePage(pathname: string): Promise<boolean> {
  const page = PAGES.find(({ path }) => path.test(pathname));
  const organisationId = page?.path.exec(pathname)?.[1];
  if (!page || organisationId === undefined) return false;

  const user = await getCurrentUser();
  if (!user) return false;
  if (!ID.test(organisationId)) return true;

  return !(await mayOpen(user.id, organisationId, page.roles));
}
