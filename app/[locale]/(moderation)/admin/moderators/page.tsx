import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { GrantForm } from "@/components/admin/grant-form";
import { RoleHistory } from "@/components/admin/role-history";
import { StaffList } from "@/components/admin/staff-list";
import { FormStatus } from "@/components/form/form-status";
import { Section } from "@/components/organisations/section";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { regionName } from "@/lib/i18n/reference-names";
import type { SearchParams } from "@/lib/i18n/search-param";
import { loadReferenceLookups } from "@/lib/reference/lookups";
import { grantModeratorAction } from "@/lib/roles/actions";
import { getModeratorsPage, HISTORY_LENGTH } from "@/lib/roles/moderators-page";
import { moderatorsNoticeSchema } from "@/lib/roles/notices";
import { orNotFound } from "@/lib/routing/or-not-found";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ notice: moderatorsNoticeSchema.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "AdminModerators" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ModeratorsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, `/${locale}/admin/moderators`);
  const { staff, history } = await orNotFound(getModeratorsPage(user));
  const { notice } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "AdminModerators" });
  const { regions: allRegions } = await loadReferenceLookups();
  const regions = allRegions.map((region) => ({
    value: region.code,
    label: regionName(region, locale),
  }));

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FormStatus ok message={notice ? t(`notice.${notice}`) : undefined} />
      <Section title={t("staffTitle")}>
        <StaffList staff={staff} viewerId={user.id} regions={regions} locale={locale} />
      </Section>
      <Section title={t("grantTitle")} lead={t("grantLead")}>
        <GrantForm
          action={grantModeratorAction}
          locale={locale}
          regions={regions}
          text={{
            email: t("email"),
            emailHint: t("emailHint"),
            regions: t("regions"),
            regionsHint: t("regionsHint"),
            submit: t("grant"),
            sending: t("sending"),
          }}
        />
      </Section>
      <Section title={t("historyTitle")} lead={t("historyLead", { count: HISTORY_LENGTH })}>
        <RoleHistory history={history} regions={regions} locale={locale} />
      </Section>
    </div>
  );
}
