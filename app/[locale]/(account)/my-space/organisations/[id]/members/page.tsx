import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { FormStatus } from "@/components/form/form-status";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteForm } from "@/components/members/invite-form";
import { MemberList } from "@/components/members/member-list";
import { TransferForm } from "@/components/members/transfer-form";
import { BackLink } from "@/components/back-link";
import { Section } from "@/components/organisations/section";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { resolveLocale } from "@/lib/i18n/locale-param";
import type { SearchParams } from "@/lib/i18n/search-param";
import { inviteMemberAction, transferOwnershipAction } from "@/lib/organisations/actions";
import { getMembersPage } from "@/lib/organisations/members";
import { membersNoticeSchema } from "@/lib/organisations/notices";
import { orNotFound } from "@/lib/routing/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams };

const querySchema = z.object({ notice: membersNoticeSchema.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Members" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/${locale}/my-space/organisations/${id}/members`);
  const { organisation, members, invitations } = await orNotFound(getMembersPage(user, id));
  const { notice } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "Members" });
  const name = organisationName(organisation, locale);
  const editors = members
    .filter((member) => member.role !== "OWNER")
    .map(({ user: editor }) => ({ userId: editor.id, label: editor.name?.trim() || editor.email }));

  return (
    <div className="space-y-8">
      <BackLink href="/my-space" label={t("back")} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p {...langAttributes(name)} className="text-lg font-semibold">
          {name.text}
        </p>
      </PageHeader>
      <FormStatus ok message={notice ? t(`notice.${notice}`) : undefined} />
      <Section title={t("membersTitle")}>
        <MemberList members={members} organisationId={id} viewerId={user.id} locale={locale} />
      </Section>
      <Section title={t("inviteTitle")}>
        <InviteForm
          action={inviteMemberAction}
          locale={locale}
          organisationId={id}
          text={{
            email: t("email"),
            hint: t("inviteHint"),
            submit: t("invite"),
            sending: t("sending"),
          }}
        />
      </Section>
      <Section title={t("pendingTitle")}>
        <InvitationList invitations={invitations} organisationId={id} locale={locale} />
      </Section>
      <Section title={t("transferTitle")} lead={t("transferHint")}>
        {editors.length === 0 ? (
          <p className="text-ink-soft">{t("transferEmpty")}</p>
        ) : (
          <TransferForm
            action={transferOwnershipAction}
            locale={locale}
            organisationId={id}
            members={editors}
            text={{
              to: t("transferTo"),
              confirm: t("transferConfirm"),
              submit: t("transfer"),
              sending: t("sending"),
            }}
          />
        )}
      </Section>
    </div>
  );
}
