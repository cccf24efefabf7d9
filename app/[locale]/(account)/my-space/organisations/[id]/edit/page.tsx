import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { organisationFormOptions } from "@/components/organisations/organisation-form-options";
import { organisationFormText } from "@/components/organisations/organisation-form-text";
import { ReviewNotice } from "@/components/organisations/review-notice";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { mediaUrl } from "@/lib/images/media-url";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { updateOrganisationAction } from "@/lib/organisations/actions";
import { getEditableOrganisation } from "@/lib/organisations/editable-organisation";
import { organisationFormValues } from "@/lib/organisations/form-values";
import { orNotFound } from "@/lib/routing/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });

  return { title: t("editTitle"), robots: { index: false, follow: false } };
}

export default async function EditOrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/${locale}/my-space/organisations/${id}/edit`);
  const organisation = await orNotFound(getEditableOrganisation(user, id));
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  const name = organisationName(organisation, locale);
  const [text, options] = await Promise.all([
    organisationFormText(locale, organisation.isPublic ? "review" : "edit"),
    organisationFormOptions(locale),
  ]);

  return (
    <div className="space-y-6">
      <BackLink href="/my-space" label={t("back")} />
      <PageHeader title={t("editTitle")} lead={t("editLead")}>
        <p {...langAttributes(name)} className="text-lg font-semibold">
          {name.text}
        </p>
      </PageHeader>
      <ReviewNotice organisation={organisation} locale={locale} />
      <OrganisationForm
        action={updateOrganisationAction}
        locale={locale}
        text={text}
        {...options}
        saved={organisationFormValues(organisation)}
        hidden={{ organisationId: organisation.id }}
        logoUrl={organisation.logoPath ? mediaUrl(organisation.logoPath) : null}
      />
    </div>
  );
}
