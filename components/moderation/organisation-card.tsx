import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { organisationName } from "@/lib/content/organisation-name";
import { langAttributes } from "@/lib/content/pick-language";
import { Link } from "@/lib/i18n/navigation";
import { organisationPath } from "@/lib/i18n/paths";
import { regionName } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ReviewOrganisation } from "@/lib/moderation/review-organisation";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import { DAY } from "./formats";

type Props = { locale: AppLocale; organisation: ReviewOrganisation; lookups: ReferenceLookups };

const RECORD = ["published", "pending", "rejected", "unpublished"] as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who proposes the initiative, and how their earlier ones fared. */
export async function OrganisationCard({ locale, organisation, lookups }: Props) {
  const t = await getTranslations({ locale, namespace: "ModerationReview" });
  const kinds = await getTranslations({ locale, namespace: "OrganisationKind" });
  const format = await getFormatter({ locale });
  const name = organisationName(organisation, locale);
  const region = organisation.regionCode ? lookups.regionByCode.get(organisation.regionCode) : null;
  const place = [organisation.city, region ? regionName(region, locale) : null].filter(Boolean);
  const number = (value: number) => format.number(value, { numberingSystem: "latn" });

  return (
    <section
      aria-labelledby="organisation-title"
      className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-sand-200"
    >
      <h2 id="organisation-title" className="text-lg font-bold text-green-900">
        {t("organisationTitle")}
      </h2>
      <p className="text-lg font-semibold" {...langAttributes(name)}>
        {name.text}
      </p>
      <dl className="space-y-1 text-[0.95rem]">
        <Fact term={t("kind")}>{kinds(organisation.kind)}</Fact>
        {place.length > 0 ? (
          <Fact term={t("place")}>
            <bdi>{place.join(" · ")}</bdi>
          </Fact>
        ) : null}
        {organisation.website ? (
          <Fact term={t("website")}>
            <a
              href={organisation.website}
              rel="noopener noreferrer nofollow"
              dir="ltr"
              className="text-green-800 underline [overflow-wrap:anywhere]"
            >
              {organisation.website}
            </a>
          </Fact>
        ) : null}
      </dl>
      <p className="text-[0.95rem]">
        {t("joinedAt", { date: format.dateTime(organisation.createdAt, DAY) })}
        {" · "}
        {t("members", { count: organisation.members })}
      </p>
      <h3 className="font-semibold">{t("record")}</h3>
      <dl className="grid grid-cols-2 gap-2">
        {RECORD.map((key) => (
          <div key={key} className="rounded-lg bg-sand-50 px-3 py-2">
            <dt className="text-sm text-ink-soft">{t(`recordCount.${key}`)}</dt>
            <dd className="text-xl font-bold">{number(organisation.initiatives[key])}</dd>
          </div>
        ))}
      </dl>
      {organisation.initiatives.published > 0 ? (
        <Link
          href={organisationPath(organisation.slug)}
          className="inline-flex min-h-11 items-center font-semibold text-green-800 underline"
        >
          {t("publicOrganisation")}
        </Link>
      ) : null}
    </section>
  );
}
