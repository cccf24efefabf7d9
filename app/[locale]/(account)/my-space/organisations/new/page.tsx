import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnverifiedNotice } from "@/components/my-space/unverified-notice";
import { BackLink } from "@/components/back-link";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { organisationFormOptions } from "@/components/organisations/organisation-form-options";
import { organisationFormText } from "@/components/organisations/organisation-form-text";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { isolate } from "@/lib/i18n/bidi";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { createOrganisationAction } from "@/lib/organisations/actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });

  return { title: t("createTitle"), robots: { index: false, follow: false } };
}

export default async function NewOrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, `/${locale}/my-space/organisations/new`);
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  const [text, options] = await Promise.all([
    organisationFormText(locale, "create"),
    organisationFormOptions(locale),
  ]);

  return (
    <div className="space-y-6">
      <BackLink href="/my-space" label={t("back")} />
      <PageHeader title={t("createTitle")} lead={t("createLead")} />
      {user.emailVerified ? (
        <OrganisationForm
          action={createOrganisationAction}
          locale={locale}
          text={text}
          {...options}
          saved={{}}
          hidden={{ clientToken: randomUUID() }}
        />
      ) : (
        <UnverifiedNotice
          title={t("unverifiedTitle")}
          text={t("unverifiedText", { email: isolate(user.email) })}
          linkLabel={t("unverifiedLink")}
        />
      )}
    </div>
  );
}
