import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MySpaceOrganisation } from "@/lib/organisations/my-space";
import { InitiativeItem } from "./initiative-item";

type Group = MySpaceOrganisation["groups"][number];

type Props = { group: Group; organisationId: string; locale: AppLocale };

/** The initiatives of one status, with a line saying what that status means. */
export async function InitiativeGroup({ group, organisationId, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "MySpace" });
  const headingId = `${organisationId}-${group.status}`;

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-lg font-bold">
        {t(`status.${group.status}`)}{" "}
        <span className="font-normal text-ink-soft">({group.initiatives.length})</span>
      </h3>
      <p className="text-sm text-ink-soft">{t(`statusHint.${group.status}`)}</p>
      <ul className="space-y-2">
        {group.initiatives.map((initiative) => (
          <InitiativeItem key={initiative.id} initiative={initiative} locale={locale} />
        ))}
      </ul>
    </section>
  );
}
