import "server-only";

/**
 * The client's address as the nearest proxy saw it. Only the last entry of
 * X-Forwarded-For is trusted: earlier ones are whatever the client sent.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();

  return forwarded || headers.get("x-real-ip") || "unknown";
}
