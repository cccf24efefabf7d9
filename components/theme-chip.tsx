import { clsx } from "clsx";
import type { Theme } from "@/lib/generated/prisma/client";
import { themeLabel } from "@/lib/i18n/reference-names";
import type { AppLocale } from "@/lib/i18n/routing";
import { ThemeIcon } from "./theme-icon";

type Props = { theme: Theme; locale: AppLocale };

export function ThemeChip({ theme, locale }: Props) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full",
        "px-2.5 py-1 text-xs font-semibold text-white",
      )}
      style={{ backgroundColor: theme.color }}
    >
      <ThemeIcon slug={theme.slug} className="size-3.5" />
      {themeLabel(theme, locale)}
    </span>
  );
}
