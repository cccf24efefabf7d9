import type { NextRequest } from "next/server";
import { REQUEST_MAX_BYTES } from "@/lib/images/limits";

/**
 * True for a form sent with more bytes than any form here accepts. Next.js
 * would fail such a request with a bare error page; the proxy sends it to a
 * page that says what happened instead. Only a form sent without JavaScript
 * gets this far: with it, the form checks each file before sending.
 */
export function isTooLargeRequest(request: NextRequest): boolean {
  if (request.method !== "POST") return false;

  const length = Number(request.headers.get("content-length") ?? "0");

  return Number.isFinite(length) && length > REQUEST_MAX_BYTES;
}
