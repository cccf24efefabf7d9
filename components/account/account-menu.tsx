import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { isModerator } from "@/lib/moderation/scope";
import { SignOutForm } from "./sign-out-form";

/**
 * Who is signed in, with the private pages and a way out. Shown on private
 * pages only: public pages do not read the session, so they can be cached.
 */
export async function AccountMenu({ locale }: { locale: AppLocale }) {
  const user = await getCurrentUser();
  if (!user) return null;

  const t = await getTranslations({ locale, namespace: "AccountMenu" });

  return (
    <nav
      aria-label={t("label")}
      className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-sand-200 pb-4"
    >
      <p className="me-auto text-sm text-ink-soft">
        {t.rich("signedInAs", {
          name: user.name ?? user.email,
          who: (chunks) => <bdi className="font-semibold text-ink">{chunks}</bdi>,
        })}
      </p>
      <ul className="flex items-center gap-1 text-sm font-semibold">
        <li>
          <Link href="/my-space" className="block rounded-md px-3 py-2 text-green-800 underline">
            {t("mySpace")}
          </Link>
        </li>
        <li>
          <Link href="/account" className="block rounded-md px-3 py-2 text-green-800 underline">
            {t("account")}
          </Link>
        </li>
        {isModerator(user) ? (
          <li>
            <Link
              href="/moderation"
              className="block rounded-md px-3 py-2 text-green-800 underline"
            >
              {t("moderation")}
            </Link>
          </li>
        ) : null}
      </ul>
      <SignOutForm locale={locale} />
    </nav>
  );
}
