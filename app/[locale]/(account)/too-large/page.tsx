import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthPanel } from "@/components/account/auth-panel";
import { safeReturnPath } from "@/lib/auth/return-path";
import { IMAGE_MAX_BYTES, REQUEST_MAX_BYTES } from "@/lib/images/limits";
import { resolveLocale } from "@/lib/i18n/locale-param";
import { privateMetadata } from "@/lib/i18n/private-metadata";
import { searchText, type SearchParams } from "@/lib/i18n/search-param";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const querySchema = z.object({ back: searchText });

const MEGABYTE = 1024 * 1024;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return privateMetadata(await resolveLocale(params), "TooLarge");
}

/** Where proxy.ts sends a form whose body is over the limit. */
export default async function TooLargePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { back } = querySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "TooLarge" });
  const limits = { total: REQUEST_MAX_BYTES / MEGABYTE, each: IMAGE_MAX_BYTES / MEGABYTE };

  return (
    <AuthPanel title={t("title")}>
      <p role="alert" className="font-medium text-terracotta">
        {t("text", limits)}
      </p>
      <p>{t("nextStep")}</p>
      {/* A plain anchor: the path already carries its locale prefix. */}
      <a href={safeReturnPath(back, `/${locale}/my-space`)} className="font-semibold underline">
        {t("back")}
      </a>
    </AuthPanel>
  );
}
