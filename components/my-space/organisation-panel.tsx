import { clsx } from "clsx";
import { getTranslations } from "next-intl/server";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { organisationPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MySpaceOrganisation } from "@/lib/organisations/my-space";
import { InitiativeGroup } from "./initiative-group";
import { ProfileEditNote } from "./profile-edit-note";

type Props = { organisation: MySpaceOrganisation; locale: AppLocale };

const link =
  "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-green-800 underline";

/** One of the user's organisations: its role, its pages and its initiatives by status. */
export async function OrganisationPanel({ organisation, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "MySpace" });
  const kinds = await getTranslations({ locale, namespace: "OrganisationKind" });
  const name = organisationName(organisation, locale);
  const headingId = `organisation-${organisation.id}`;
  const base = `/my-space/organisations/${organisation.id}`;

  return (
    <section
      aria-labelledby={headingId}
      className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-sand-200"
    >
      <header className="space-y-2 border-b border-sand-200 p-4 sm:p-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-terracotta">
          {kinds(organisation.kind)}
        </p>
        <h2 id={headingId} {...langAttributes(name)} className="text-2xl font-bold text-green-900">
          {name.text}
        </h2>
        <p className="text-sm text-ink-soft">
          {t.rich("role", {
            role: organisation.role,
            strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
          })}
          {" · "}
          {t("initiativeCount", { count: organisation.initiativeCount })}
        </p>
        <ul className="-ms-3 flex flex-wrap text-sm">
          <li>
            <Link href={`${base}/edit`} className={link}>
              {t("editProfile")}
            </Link>
          </li>
          {organisation.role === "OWNER" ? (
            <li>
              <Link href={`${base}/members`} className={link}>
                {t("members")}
              </Link>
            </li>
          ) : null}
          {organisation.isPublic ? (
            <li>
              <Link href={organisationPath(organisation.slug)} className={link}>
                {t("publicPage")}
              </Link>
            </li>
          ) : null}
        </ul>
        {organisation.isPublic ? null : <p className="text-sm text-ink-soft">{t("notPublic")}</p>}
        {organisation.profileEdit ? (
          <ProfileEditNote edit={organisation.profileEdit} locale={locale} />
        ) : null}
      </header>
      <div className="space-y-6 p-4 sm:p-5">
        {organisation.groups.length === 0 ? <p>{t("noInitiatives")}</p> : null}
        {organisation.groups.map((group) => (
          <InitiativeGroup
            key={group.status}
            group={group}
            organisationId={organisation.id}
            locale={locale}
          />
        ))}
        <Link
          href={{ pathname: "/my-space/initiatives/new", query: { organisation: organisation.id } }}
          className={clsx(
            "inline-flex min-h-11 items-center rounded-md bg-green-800 px-5 py-2",
            "font-semibold text-white hover:bg-green-900",
          )}
        >
          {t("newInitiative")}
        </Link>
      </div>
    </section>
  );
}
