import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

const fallback = "/fr/my-space";

describe("safeReturnPath", () => {
  it.each([
    "/fr/account",
    "/ar/my-space/initiatives/new?organisation=abc",
    "/en/initiatives?q=eau#results",
  ])("keeps the path on this site %s", (path) => {
    expect(safeReturnPath(path, fallback)).toBe(path);
  });

  it.each([
    ["another origin", "https://evil.com"],
    ["a protocol-relative URL", "//evil.com"],
    ["a protocol-relative URL with a path", "//evil.com/fr/account"],
    ["a backslash trick", "/\\evil.com"],
    ["backslashes only", "\\\\evil.com"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a javascript: URL in capitals", "JavaScript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "fr/account"],
    ["a tab between the slashes", "/\t/evil.com"],
    ["a new line between the slashes", "/\n/evil.com"],
    ["dot segments that collapse into //host", "/fr/../..//evil.com"],
    ["encoded dot segments that collapse into //host", "/fr/%2e%2e/%2E%2E//evil.com"],
    ["an empty value", ""],
    ["a very long value", `/${"a".repeat(2100)}`],
  ])("refuses %s", (_name, value) => {
    expect(safeReturnPath(value, fallback)).toBe(fallback);
  });

  it.each(["/%5Cevil.com", "/%2F%2Fevil.com"])(
    "keeps the encoded %s as a path of this site, never a host",
    (value) => {
      const result = safeReturnPath(value, fallback);

      expect(result).toBe(value);
      expect(new URL(result, "http://site.invalid").host).toBe("site.invalid");
    },
  );

  it.each([undefined, null, 42, ["/fr/account"]])("gives the fallback for %s", (value) => {
    expect(safeReturnPath(value, fallback)).toBe(fallback);
  });
});
