// These pages are cached as they stand without a query string. With one
// (filters, words, a page number, a report's confirmation), proxy.ts
// rewrites them to a copy of the route under query/, which reads it and
// renders on each request: in Next.js a page that reads its query string is
// never cached.

const CACHED_PAGE = /^\/(fr|ar|en)\/(initiatives|initiatives\/[^/]+|regions\/[^/]+)$/;
const QUERY_ROUTE = /^\/(?:fr|ar|en)\/query(?:\/|$)/;

// Next.js adds _rsc to the requests of its client router; it is no query.
const ROUTER_PARAM = "_rsc";

function hasQuery(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => key !== ROUTER_PARAM);
}

/** The path of the uncached route to render this page with, or null. */
export function queryRoutePath(url: URL): string | null {
  const match = CACHED_PAGE.exec(url.pathname);
  if (!match || !hasQuery(url)) return null;

  return `/${match[1]}/query/${match[2]}`;
}

/** Whether the path names the internal query/ routes directly: they have no address. */
export function isQueryRoutePath(pathname: string): boolean {
  return QUERY_ROUTE.test(pathname);
}
