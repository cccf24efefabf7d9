"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/result";

/** After a refusal, focus goes to the first field that needs fixing. */
export function useFocusFirstError<T>(state: FormState<T>) {
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!state || state.ok) return;

    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  return formRef;
}
