import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/content/pick-language";
import type { AppLocale } from "@/lib/i18n/routing";

/** "For <organisation>", the name marked with the language it is written in. */
export async function OrganisationLine({
  name,
  locale,
}: {
  name: LocalizedText;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "InitiativeForm" });

  return (
    <p className="text-lg font-semibold">
      {t.rich("forOrganisation", {
        name: () => (
          <bdi lang={name.lang} className="text-green-800">
            {name.text}
          </bdi>
        ),
      })}
    </p>
  );
}
