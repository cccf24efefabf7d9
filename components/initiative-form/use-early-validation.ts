"use client";

import { useEffect, useRef, useState, type FormEvent, type SyntheticEvent } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";
import { readInitiativeForm } from "@/lib/initiatives/form-data";

type Errors = Record<string, string>;

// Inputs whose value changes without a blur worth waiting for.
const CHECKED_ON_CHANGE = new Set(["file", "checkbox", "select-one"]);

/** "translations.fr.title" also updates the message about the whole "translations". */
const affected = (name: string) => [name, name.split(".")[0] ?? name];

// The text comes first in the form: a message about it (no language filled)
// sends focus to its first title, before any other invalid field.
function firstInvalid(form: HTMLFormElement, errors: Errors): HTMLElement | null {
  if (errors.translations) return form.querySelector<HTMLElement>('input[name^="translations."]');

  return form.querySelector<HTMLElement>('[aria-invalid="true"]');
}

/**
 * Checks the form in the browser with the server's own schema: each field
 * when it is left, everything when it is sent (a refused form is not sent).
 * The messages are the server's, translated the same way.
 */
export function useEarlyValidation(
  schema: z.ZodType,
  initialErrors: Errors,
  initialIntent: string,
) {
  const fieldMessages = useTranslations("FormErrors");
  const statusMessages = useTranslations("Errors");
  const [errors, setErrors] = useState(initialErrors);
  const [message, setMessage] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const intent = useRef(initialIntent || "draft");
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (focusRequest > 0 && form) firstInvalid(form, errors)?.focus();
  }, [focusRequest]);

  function check(form: HTMLFormElement, submitter?: HTMLElement | null): Errors {
    const data = new FormData(form, submitter);
    if (!submitter) data.set("intent", intent.current);
    const parsed = schema.safeParse(readInitiativeForm(data));
    if (parsed.success) return {};

    const keys = Object.entries(fieldErrorKeys(parsed.error));

    return Object.fromEntries(
      keys.map(([field, key]) => [
        field,
        fieldMessages.has(key as never) ? fieldMessages(key as never) : fieldMessages("invalid"),
      ]),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    intent.current = submitter?.getAttribute("value") ?? "draft";
    const found = check(event.currentTarget, submitter);
    setErrors(found);
    if (Object.keys(found).length === 0) return setMessage(undefined);

    event.preventDefault();
    setMessage(statusMessages("invalidInput"));
    setFocusRequest((n) => n + 1);
  }

  function recheck(event: SyntheticEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (!target.name) return;

    const found = check(event.currentTarget);
    setErrors((previous) => {
      const next = { ...previous };
      for (const name of affected(target.name)) {
        if (found[name]) next[name] = found[name];
        else delete next[name];
      }

      return next;
    });
  }

  function onChange(event: SyntheticEvent<HTMLFormElement>) {
    if (CHECKED_ON_CHANGE.has((event.target as HTMLInputElement).type)) recheck(event);
  }

  /** A new answer from the server replaces what the browser found. */
  function showServerAnswer(serverErrors: Errors, serverIntent: string) {
    setErrors(serverErrors);
    setMessage(undefined);
    intent.current = serverIntent || intent.current;
    setFocusRequest((n) => n + 1);
  }

  return {
    errors,
    message,
    formRef,
    showServerAnswer,
    handlers: { onSubmit, onBlur: recheck, onChange },
  };
}
