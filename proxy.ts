import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { isMissingDetailPage } from "@/lib/routing/missing-page";

const intl = createMiddleware(routing);

// Any path that matches no route renders app/global-not-found.tsx on the
// server with a 404 status.
const NOT_FOUND_PATH = "/_/not-found/-/-";

/**
 * Locale routing (next-intl), then a 404 for detail pages of missing or
 * unpublished content. The check sits here, not in the pages, because
 * Next.js 16.5 sends an empty HTML shell, filled only by client JavaScript,
 * when a page calls notFound() (vercel/next.js#62228). Once that is fixed,
 * the pages' own notFound() suffices and this check can go.
 */
export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  if (await isMissingDetailPage(request.nextUrl.pathname)) {
    const headers = new Headers(request.headers);
    const locale = response.headers.get("x-middleware-request-x-next-intl-locale");
    if (locale) headers.set("x-next-intl-locale", locale);

    const target = new URL(NOT_FOUND_PATH, request.url);

    return NextResponse.rewrite(target, { request: { headers } });
  }

  return response;
}

export const config = {
  // Everything but API routes, Next.js internals and files at the top level of
  // public/ (a dot in the first path segment, as in /robots.txt).
  matcher: "/((?!api/|_next/|_vercel/|[^/]*\\.).*)",
};
