import "server-only";
import { headers } from "next/headers";

/** Set by proxy.ts on every page request: the path and query the visitor asked for. */
export const REQUEST_PATH_HEADER = "x-request-path";

export type RequestPath = { pathname: string; search: string };

/**
 * The visited path, for links that must keep it (the language switcher, the
 * current menu entry). A path that does not start with a single "/" is not
 * ours (the header can be forged where the proxy does not run) and is ignored.
 */
export async function currentRequestPath(): Promise<RequestPath> {
  const raw = (await headers()).get(REQUEST_PATH_HEADER) ?? "/";
  const url = new URL(raw.startsWith("/") && !raw.startsWith("//") ? raw : "/", "http://x");

  return { pathname: url.pathname, search: url.search };
}
