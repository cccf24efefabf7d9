import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthPanel } from "@/components/account/auth-panel";
import { InvitationAnswer } from "@/components/invitations/invitation-answer";
import { requireUser } from "@/lib/auth/require-user";
import { resolveLocale } from "@/lib/i18n/locale-param";
import type { SearchParams } from "@/lib/i18n/search-param";
import { viewInvitation, type InvitationView } from "@/lib/organisations/invitation-acceptance";
import { invitationTokenSchema } from "@/lib/organisations/invitation-schema";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ token: invitationTokenSchema.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "InvitationAccept" });

  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AcceptInvitationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = querySchema.parse(await searchParams);
  const returnPath = `/${locale}/invitations/accept${token ? `?token=${token}` : ""}`;
  const user = await requireUser(locale, returnPath);
  const t = await getTranslations({ locale, namespace: "InvitationAccept" });
  const view: InvitationView = token ? await viewInvitation(user, token) : { state: "unknown" };

  return (
    <AuthPanel title={t("title")}>
      <InvitationAnswer view={view} token={token ?? ""} locale={locale} />
    </AuthPanel>
  );
}
