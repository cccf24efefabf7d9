import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { isLocale, routing, type AppLocale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { AppError } from "./app-error";
import { echoValues } from "./form-values";
import type { ActionErrorCode, ActionResult, FormState } from "./result";
import { fieldErrorKeys } from "./zod-errors";

// "moderator" lets moderators and admins in; "admin" only admins. Anyone else
// who is signed in gets notFound, so the action does not confirm it exists.
type Access = "public" | "user" | "verified" | "moderator" | "admin";

const ROLES_OF: Partial<Record<Access, readonly CurrentUser["role"][]>> = {
  moderator: ["MODERATOR", "ADMIN"],
  admin: ["ADMIN"],
};

export type ActionContext<A extends Access> = {
  user: A extends "public" ? CurrentUser | null : CurrentUser;
  locale: AppLocale;
  ip: string;
};

type Definition<S extends z.ZodType, T, A extends Access> = {
  access: A;
  schema: S;
  /** Turns the form into the schema's input; plain entries by default. */
  read?: (formData: FormData) => unknown;
  run: (input: z.output<S>, context: ActionContext<A>) => Promise<ActionResult<T>>;
};

function localeOf(formData: FormData): AppLocale {
  const value = formData.get("locale");

  return typeof value === "string" && isLocale(value) ? value : routing.defaultLocale;
}

async function failure<T>(
  locale: AppLocale,
  code: ActionErrorCode,
  formData: FormData,
  fieldKeys: Record<string, string> = {},
): Promise<ActionResult<T>> {
  const errors = await getTranslations({ locale, namespace: "Errors" });
  const fields = await getTranslations({ locale, namespace: "FormErrors" });
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldKeys).map(([field, key]) => [
      field,
      fields.has(key as never) ? fields(key as never) : fields("invalid"),
    ]),
  );

  return { ok: false, code, message: errors(code), fieldErrors, values: echoValues(formData) };
}

/**
 * Every form's server action goes through here: who may call it, the zod
 * schema (the authority; the browser only pre-checks), and one way of turning
 * any failure into a translated result. Unknown errors are logged once and
 * shown as a generic message.
 */
export function defineFormAction<S extends z.ZodType, T, A extends Access>(
  definition: Definition<S, T, A>,
) {
  return async (_previous: FormState<T>, formData: FormData): Promise<ActionResult<T>> => {
    const locale = localeOf(formData);
    const user = await getCurrentUser();

    if (definition.access !== "public" && !user) return failure(locale, "signInRequired", formData);
    if (definition.access === "verified" && !user?.emailVerified) {
      return failure(locale, "verificationRequired", formData);
    }
    const roles = ROLES_OF[definition.access];
    if (roles && !(user && roles.includes(user.role))) return failure(locale, "notFound", formData);

    const read = definition.read ?? ((data: FormData) => Object.fromEntries(data));
    const parsed = definition.schema.safeParse(read(formData));
    if (!parsed.success) {
      return failure(locale, "invalidInput", formData, fieldErrorKeys(parsed.error));
    }

    const context = { user, locale, ip: clientIp(await headers()) } as ActionContext<A>;
    try {
      return await definition.run(parsed.data, context);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        const fieldKeys = error.field ? { [error.field]: error.fieldMessage ?? "invalid" } : {};

        return failure(locale, error.code, formData, fieldKeys);
      }
      log.error({ err: error }, "server action failed");

      return failure(locale, "unexpected", formData);
    }
  };
}
