/**
 * What every server action answers. Texts are already translated on the
 * server; `values` echoes what the user typed (never passwords or files), so
 * a refused form shows it again instead of losing it.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: ActionErrorCode;
      message: string;
      fieldErrors: Record<string, string>;
      values: Record<string, string | string[]>;
    };

/** The closed list of failures; each has a message under Errors in messages/. */
export type ActionErrorCode =
  | "invalidInput"
  | "signInRequired"
  | "invalidCredentials"
  | "invalidLink"
  | "verificationRequired"
  | "notFound"
  | "rateLimited"
  | "conflict"
  | "alreadyDecided"
  | "ownOrganisation"
  | "tooLarge"
  | "unexpected";

export const initialResult = null;

export type FormState<T = null> = ActionResult<T> | null;
