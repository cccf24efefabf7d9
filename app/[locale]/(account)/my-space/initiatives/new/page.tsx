import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { InitiativeForm } from "@/components/initiative-form/initiative-form";
import { InitiativeFormMessages } from "@/components/initiative-form/form-messages";
import { OrganisationLine } from "@/components/initiative-form/organisation-line";
import { UnverifiedFormNotice } from "@/components/initiative-form/unverified-form-notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { resolveLocale } from "@/lib/i18n/locale-param";
import type { SearchParams } from "@/lib/i18n/search-param";
import { createInitiativeAction } from "@/lib/initiatives/actions";
import { findOrganisationForNewInitiative } from "@/lib/initiatives/editable-initiative";
import { initiativeFormChoices } from "@/lib/initiatives/form-choices";
import { orNotFound } from "@/lib/routing/or-not-found";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({
  organisation: z.string().min(1).max(64).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return { title: t("metaNew"), robots: { index: false, follow: false } };
}

export default async function NewInitiativePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { organisation: organisationId = "" } = querySchema.parse(await searchParams);
  const returnPath = `/${locale}/my-space/initiatives/new?organisation=${organisationId}`;
  const user = await requireUser(locale, returnPath);
  // Each organisation in My space has its own "new initiative" link.
  if (!organisationId) redirect(`/${locale}/my-space`);

  const organisation = await orNotFound(
    findOrganisationForNewInitiative(user, organisationId, locale),
  );
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return (
    <div className="space-y-6">
      <BackLink href="/my-space" label={t("backToMySpace")} />
      <PageHeader title={t("titleNew")}>
        <OrganisationLine name={organisation.name} locale={locale} />
      </PageHeader>
      <UnverifiedFormNotice user={user} locale={locale} />
      <InitiativeFormMessages locale={locale}>
        <InitiativeForm
          mode="create"
          action={createInitiativeAction}
          hidden={{ organisationId: organisation.id, clientToken: randomUUID() }}
          initialValues={{}}
          savedImages={[]}
          {...await initiativeFormChoices(locale)}
        />
      </InitiativeFormMessages>
    </div>
  );
}
