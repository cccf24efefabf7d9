import type { AppLocale } from "@/lib/i18n/routing";
import type { InitiativeCard as CardData } from "@/lib/initiatives/selects";
import type { ReferenceLookups } from "@/lib/reference/lookups";
import type { HighlightTerms } from "@/lib/search/highlight-terms";
import { InitiativeCard } from "./initiative-card";

type Props = {
  initiatives: CardData[];
  locale: AppLocale;
  lookups: ReferenceLookups;
  /** The words of a search, highlighted in each card. */
  highlight?: HighlightTerms | null;
};

export function InitiativeGrid({ initiatives, locale, lookups, highlight }: Props) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {initiatives.map((initiative) => (
        <li key={initiative.id}>
          <InitiativeCard
            initiative={initiative}
            locale={locale}
            lookups={lookups}
            highlight={highlight}
          />
        </li>
      ))}
    </ul>
  );
}
