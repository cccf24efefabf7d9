import type { ActionErrorCode } from "./result";

/**
 * A failure the user can act on. Domain functions throw it; the action
 * wrapper turns it into a translated result. `field` puts the message next to
 * the input that caused it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    readonly field?: string,
    readonly fieldMessage?: string,
  ) {
    super(code);
    this.name = "AppError";
  }
}
