import "server-only";
import { revalidatePath } from "next/cache";
import { findInitiativePages, findOrganisationPages } from "@/lib/initiatives/public-pages";
import { log } from "@/lib/log";
import { pathsShowing, type ChangedPages } from "./public-paths";

// Public pages stay cached until what they show changes, not for a set time:
// these mark exactly the pages that show the changed content, and the next
// visit to each renders it afresh. Next.js allows them in server actions and
// route handlers only; call them once the change is committed.

function revalidatePages(changed: ChangedPages | null) {
  if (!changed) return;

  const paths = pathsShowing(changed);
  for (const path of paths) revalidatePath(path);

  log.info({ paths: paths.length }, "public pages revalidated");
}

/** After an initiative was published, changed while public, or taken down. */
export async function revalidateInitiativePages(initiativeId: string): Promise<void> {
  revalidatePages(await findInitiativePages(initiativeId));
}

/** After a public organisation's profile changed. */
export async function revalidateOrganisationPages(organisationId: string): Promise<void> {
  revalidatePages(await findOrganisationPages(organisationId));
}

/** After the database was changed from outside the site: every page. */
export function revalidateEveryPage(): void {
  revalidatePath("/", "layout");

  log.info("every cached page revalidated");
}
