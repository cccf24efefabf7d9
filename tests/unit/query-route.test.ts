import { describe, expect, it } from "vitest";
import { isQueryRoutePath, queryRoutePath } from "@/lib/routing/query-route";

const url = (path: string) => new URL(path, "http://localhost");

describe("queryRoutePath", () => {
  it.each([
    ["/fr/initiatives?q=eau", "/fr/query/initiatives"],
    ["/ar/initiatives?region=MA-07&theme=waste", "/ar/query/initiatives"],
    ["/en/initiatives?page=2", "/en/query/initiatives"],
    ["/fr/regions/MA-07?page=3", "/fr/query/regions/MA-07"],
    ["/fr/initiatives/jardin?reported=1", "/fr/query/initiatives/jardin"],
    ["/fr/initiatives?utm_source=mail", "/fr/query/initiatives"],
  ])("renders %s per request at %s", (path, expected) => {
    expect(queryRoutePath(url(path))).toBe(expected);
  });

  it.each([
    "/fr/initiatives",
    "/fr/initiatives?_rsc=1x2y",
    "/fr/regions/MA-07",
    "/fr/initiatives/jardin",
    "/fr/organisations/oasis?page=2",
    "/fr?q=eau",
    "/de/initiatives?q=eau",
  ])("leaves %s to the cached route", (path) => {
    expect(queryRoutePath(url(path))).toBeNull();
  });
});

describe("isQueryRoutePath", () => {
  it("recognises the internal routes, which have no public address", () => {
    expect(isQueryRoutePath("/fr/query/initiatives")).toBe(true);
    expect(isQueryRoutePath("/ar/query")).toBe(true);
    expect(isQueryRoutePath("/fr/initiatives/query")).toBe(false);
    expect(isQueryRoutePath("/fr/queryx")).toBe(false);
  });
});
