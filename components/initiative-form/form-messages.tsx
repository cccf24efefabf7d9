import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/lib/i18n/routing";

/** The browser gets only the texts the initiative form shows or checks with. */
export async function InitiativeFormMessages(props: { locale: AppLocale; children: ReactNode }) {
  const { Error, Errors, FormErrors, InitiativeForm } = await getMessages({ locale: props.locale });

  return (
    <NextIntlClientProvider
      locale={props.locale}
      messages={{ Error, Errors, FormErrors, InitiativeForm }}
    >
      {props.children}
    </NextIntlClientProvider>
  );
}
