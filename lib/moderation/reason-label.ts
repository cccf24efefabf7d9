import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";

/** The label of a reason code in a language, outside any request (mails). */
export async function reasonLabel(locale: AppLocale, code: string): Promise<string> {
  const messages = (await import(`../../messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "ModerationReason" });

  return t.has(code) ? t(code) : t("other");
}
