import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { EditNotices } from "@/components/initiative-form/edit-notices";
import { InitiativeForm } from "@/components/initiative-form/initiative-form";
import { InitiativeFormMessages } from "@/components/initiative-form/form-messages";
import { OrganisationLine } from "@/components/initiative-form/organisation-line";
import { UnverifiedFormNotice } from "@/components/initiative-form/unverified-form-notice";
import { WithdrawForm } from "@/components/initiative-form/withdraw-form";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { resolveLocale } from "@/lib/i18n/locale-param";
import type { SearchParams } from "@/lib/i18n/search-param";
import { updateInitiativeAction, withdrawInitiativeAction } from "@/lib/initiatives/actions";
import { findEditableInitiative } from "@/lib/initiatives/editable-initiative";
import { initiativeFormChoices, savedImagesOf } from "@/lib/initiatives/form-choices";
import { valuesOfContent } from "@/lib/initiatives/form-values";
import { savedOutcomeParam } from "@/lib/initiatives/saved-outcome";
import { orNotFound } from "@/lib/routing/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams };

const querySchema = z.object({ saved: savedOutcomeParam });

const EDITABLE = new Set(["DRAFT", "CHANGES_REQUESTED", "PUBLISHED"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return { title: t("metaEdit"), robots: { index: false, follow: false } };
}

export default async function EditInitiativePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/${locale}/my-space/initiatives/${id}/edit`);
  const initiative = await orNotFound(findEditableInitiative(user, id, locale));
  const { saved } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return (
    <div className="space-y-6">
      <BackLink href="/my-space" label={t("backToMySpace")} />
      <PageHeader title={t("titleEdit")}>
        <OrganisationLine name={initiative.organisation.name} locale={locale} />
      </PageHeader>
      <EditNotices initiative={initiative} saved={saved} locale={locale} />
      <UnverifiedFormNotice user={user} locale={locale} />
      <InitiativeFormMessages locale={locale}>
        {initiative.status === "PENDING_REVIEW" ? (
          <WithdrawForm action={withdrawInitiativeAction} initiativeId={initiative.id} />
        ) : null}
        {EDITABLE.has(initiative.status) ? (
          <InitiativeForm
            mode="update"
            action={updateInitiativeAction}
            hidden={{ initiativeId: initiative.id }}
            initialValues={valuesOfContent(initiative.content)}
            savedImages={savedImagesOf(initiative.content)}
            {...await initiativeFormChoices(locale)}
          />
        ) : null}
      </InitiativeFormMessages>
    </div>
  );
}
