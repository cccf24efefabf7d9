import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/routing";
import { isModerator } from "@/lib/moderation/scope";
import { NavLinks } from "./nav-links";

/** The moderation sections; the moderators' list is for admins only. */
export async function ModerationNav({ locale }: { locale: AppLocale }) {
  const user = await getCurrentUser();
  if (!isModerator(user)) return null;

  const t = await getTranslations({ locale, namespace: "ModerationNav" });
  const items = [
    { href: "/moderation", label: t("queue"), section: "queue" as const },
    { href: "/moderation/log", label: t("log"), section: "log" as const },
    ...(user?.role === "ADMIN"
      ? [{ href: "/admin/moderators", label: t("moderators"), section: "moderators" as const }]
      : []),
  ];

  return <NavLinks label={t("label")} items={items} />;
}
