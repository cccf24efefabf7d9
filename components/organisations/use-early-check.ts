"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/result";

type Check = (form: HTMLFormElement) => Record<string, string> | null;

/**
 * Early feedback for a form whose server action has the last word: the same
 * zod schema runs in the browser on submit, messages appear next to the
 * fields, and focus goes to the first one that needs fixing. Once a check
 * has failed, the messages follow what is typed.
 */
export function useEarlyCheck<T>(check: Check, state: FormState<T>) {
  const t = useTranslations("FormErrors");
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Record<string, string> | null>(null);
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    if (attempts === 0 && !(state && !state.ok)) return;

    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts, state]);

  function errorOf(path: string): string | undefined {
    if (problems) {
      const key = problems[path];

      return key ? (t.has(key as never) ? t(key as never) : t("invalid")) : undefined;
    }

    return state && !state.ok ? state.fieldErrors[path] : undefined;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found = check(event.currentTarget);
    setProblems(found);
    if (!found) return;

    event.preventDefault();
    setAttempts((count) => count + 1);
  }

  // At each change too, not only on blur: a message that vanished on blur
  // would move the button away from under the click that caused the blur.
  function recheck(event: FormEvent<HTMLFormElement>) {
    if (problems) setProblems(check(event.currentTarget) ?? {});
  }

  return {
    formRef,
    errorOf,
    checking: problems !== null,
    onSubmit,
    onBlur: recheck,
    onChange: recheck,
  };
}
