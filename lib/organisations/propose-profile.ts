import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Actor } from "./access";
import { profileFromInput, sameProfile, type OrganisationContent } from "./content";
import { discardLogo, storeLogo } from "./logo";
import {
  findOpenProfileRevision,
  withdrawProfileRevision,
  type OpenProfileRevision,
} from "./open-profile-revision";
import { isPublicOrganisation } from "./public-status";
import { readOrganisationContent } from "./read-profile";
import type { SavedProfile } from "./saved-profile";
import { originalLocaleOf, translationRows } from "./translations";
import type { UpdateOrganisationInput } from "./update-organisation";

type Proposal = {
  organisationId: string;
  open: OpenProfileRevision;
  content: OrganisationContent;
  /** True when the proposal is the public profile itself: nothing to review. */
  unchanged: boolean;
  authorId: string | null;
};

async function saveProposal(proposal: Proposal): Promise<SavedProfile["outcome"]> {
  const { organisationId, open, content } = proposal;

  return db.$transaction(async (tx) => {
    if (!(await isPublicOrganisation(organisationId, tx))) throw new AppError("conflict");
    if (proposal.unchanged) {
      if (open) await withdrawProfileRevision(tx, open);

      return "unchanged";
    }

    const data = {
      content,
      status: "PENDING_REVIEW" as const,
      authorId: proposal.authorId,
      submittedAt: new Date(),
    };
    if (open) {
      // The status in the filter refuses a save that raced with a decision.
      const { count } = await tx.organisationRevision.updateMany({
        where: { id: open.id, status: open.status },
        data,
      });
      if (count === 0) throw new AppError("conflict");

      return "submitted";
    }

    const last = await tx.organisationRevision.aggregate({
      where: { organisationId },
      _max: { number: true },
    });
    await tx.organisationRevision.create({
      data: { ...data, organisationId, number: (last._max.number ?? 0) + 1 },
    });

    return "submitted";
  });
}

/**
 * An edit of a public organisation's profile: the public rows stay as they
 * are, and the whole proposed profile waits as a revision (the open one is
 * updated) until a moderator decides. A new logo stays private until then.
 */
export async function proposeProfile(
  actor: Actor,
  { logo, removeLogo, ...input }: UpdateOrganisationInput,
  pageLocale: AppLocale,
): Promise<SavedProfile> {
  const id = input.organisationId;
  const [open, published] = await Promise.all([
    findOpenProfileRevision(id),
    readOrganisationContent(id),
  ]);
  if (!published) throw new AppError("notFound");

  const base = open?.content ?? published;
  const rows = translationRows(input.translations);
  const originalLocale = originalLocaleOf(rows, pageLocale, base.originalLocale);
  const newLogo = await storeLogo(logo);
  const logoPath = newLogo ?? (removeLogo ? null : base.logoPath);
  const content = profileFromInput(input, originalLocale, logoPath);
  const proposal = { organisationId: id, open, content, authorId: actor?.id ?? null };

  const outcome = await saveProposal({
    ...proposal,
    unchanged: sameProfile(content, published),
  }).catch(async (error: unknown) => {
    await discardLogo(newLogo);
    throw isUniqueViolation(error) ? new AppError("conflict") : error;
  });
  // A logo proposed earlier that neither the public profile nor this
  // proposal uses any more.
  if (base.logoPath !== logoPath && base.logoPath !== published.logoPath) {
    await discardLogo(base.logoPath);
  }

  return { id, outcome };
}
