import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormStatus } from "@/components/form/form-status";
import { FirstStep } from "@/components/my-space/first-step";
import { OrganisationPanel } from "@/components/my-space/organisation-panel";
import { UnverifiedNotice } from "@/components/my-space/unverified-notice";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { isolate } from "@/lib/i18n/bidi";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/i18n/search-param";
import { getMySpace } from "@/lib/organisations/my-space";
import { mySpaceNoticeSchema } from "@/lib/organisations/notices";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ notice: mySpaceNoticeSchema.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "MySpace" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MySpacePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireUser(locale, `/${locale}/my-space`);
  const { notice } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "MySpace" });
  const organisations = await getMySpace(user);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FormStatus ok message={notice ? t(`notice.${notice}`) : undefined} />
      {user.emailVerified ? null : (
        <UnverifiedNotice
          title={t("unverifiedTitle")}
          text={t("unverifiedText", { email: isolate(user.email) })}
          linkLabel={t("unverifiedLink")}
        />
      )}
      {organisations.length === 0 ? (
        <FirstStep title={t("emptyTitle")} text={t("emptyText")} action={t("createOrganisation")} />
      ) : (
        <>
          {organisations.map((organisation) => (
            <OrganisationPanel key={organisation.id} organisation={organisation} locale={locale} />
          ))}
          <Link
            href="/my-space/organisations/new"
            className="inline-flex min-h-11 items-center font-semibold text-green-800 underline"
          >
            {t("createAnother")}
          </Link>
        </>
      )}
    </div>
  );
}
