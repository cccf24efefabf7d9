import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale, routing, type AppLocale } from "@/lib/i18n/routing";
import { isHiddenPrivatePage } from "@/lib/routing/hidden-private-page";
import { isMissingDetailPage } from "@/lib/routing/missing-page";
import { isQueryRoutePath, queryRoutePath } from "@/lib/routing/query-route";
import { canonicalRegionPath } from "@/lib/routing/region-case";
import { isTooLargeRequest } from "@/lib/routing/too-large";

const intl = createMiddleware(routing);

// Any path that matches no route renders app/global-not-found.tsx on the
// server with a 404 status.
const NOT_FOUND_PATH = "/_/not-found/-/-";

// Regional variants people type or share (ar-MA, fr_FR, en-US, ...).
const LOCALE_VARIANT = /^\/(fr|ar|en)[-_][a-z]{2}(?=\/|$)/i;

function redirectLocaleVariant(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const match = LOCALE_VARIANT.exec(pathname);
  if (!match?.[1]) return null;

  const target = request.nextUrl.clone();
  target.pathname = `/${match[1].toLowerCase()}${pathname.slice(match[0].length)}`;

  return NextResponse.redirect(target, 308);
}

function redirectRegionCase(request: NextRequest): NextResponse | null {
  const pathname = canonicalRegionPath(request.nextUrl.pathname);
  if (!pathname) return null;

  const target = request.nextUrl.clone();
  target.pathname = pathname;

  return NextResponse.redirect(target, 308);
}

// 303: the browser follows it with a GET, so the body is not sent again.
function tooLarge(request: NextRequest, locale: AppLocale) {
  const target = new URL(`/${locale}/too-large`, request.url);
  target.searchParams.set("back", `${request.nextUrl.pathname}${request.nextUrl.search}`);

  return NextResponse.redirect(target, 303);
}

function rewrite(request: NextRequest, url: URL, locale: AppLocale) {
  const headers = new Headers(request.headers);
  headers.set("x-next-intl-locale", locale);

  return NextResponse.rewrite(url, { request: { headers } });
}

function notFound(request: NextRequest, locale: AppLocale) {
  return rewrite(request, new URL(NOT_FOUND_PATH, request.url), locale);
}

// The query string goes along with the rewrite.
function toQueryRoute(request: NextRequest, locale: AppLocale) {
  const path = queryRoutePath(request.nextUrl);
  if (!path) return null;

  const target = request.nextUrl.clone();
  target.pathname = path;

  return rewrite(request, target, locale);
}

// next-intl's answer carries the language versions (Link) and may set the
// locale cookie; a rewrite keeps them.
function withIntlHeaders(rewritten: NextResponse | null, intlResponse: NextResponse) {
  if (!rewritten) return null;

  for (const name of ["link", "set-cookie"]) {
    const value = intlResponse.headers.get(name);
    if (value) rewritten.headers.set(name, value);
  }

  return rewritten;
}

/**
 * Locale routing (next-intl), then a 404 for detail pages of missing or
 * unpublished content. The check sits here, not in the pages, because
 * Next.js 16.5 sends an empty HTML shell, filled only by client JavaScript,
 * when a page calls notFound() (vercel/next.js#62228). Once that is fixed,
 * the pages' own notFound() suffices and this check can go. Last, listings
 * with a query string go to their uncached route (lib/routing/query-route.ts).
 */
export default async function proxy(request: NextRequest) {
  const variant = redirectLocaleVariant(request) ?? redirectRegionCase(request);
  if (variant) return variant;

  const response = intl(request);
  if (response.headers.has("location")) return response;

  const locale = request.nextUrl.pathname.split("/")[1] ?? "";
  if (!isLocale(locale)) return response;
  if (isTooLargeRequest(request)) return tooLarge(request, locale);

  const { pathname } = request.nextUrl;
  const hidden = async () =>
    isQueryRoutePath(pathname) ||
    (await isMissingDetailPage(pathname)) ||
    (await isHiddenPrivatePage(request.nextUrl));
  if (await hidden()) return notFound(request, locale);

  return withIntlHeaders(toQueryRoute(request, locale), response) ?? response;
}

export const config = {
  // Everything but API routes, uploaded images (app/media), Next.js internals
  // and files at the top level of public/ (a dot in the first path segment).
  matcher: "/((?!api/|media/|_next/|_vercel/|[^/]*\\.).*)",
};
