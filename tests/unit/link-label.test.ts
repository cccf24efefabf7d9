import { describe, expect, it } from "vitest";
import { linkLabel } from "@/lib/text/link-label";

describe("linkLabel", () => {
  it.each([
    { url: "https://www.example.ma/", label: "example.ma" },
    { url: "http://example.ma/a/b/", label: "example.ma/a/b" },
    {
      url: "https://telquel.ma/2016/06/14/zero-mika-une-campagne-pour-mettre-fin",
      label: "telquel.ma/2016/06/14/zero-mika-une-campag…",
    },
    { url: "https://ar.example.ma/%D9%85%D9%8A%D9%83%D8%A7", label: "ar.example.ma/ميكا" },
    { url: "https://example.ma/%E0%A4%A", label: "example.ma/%E0%A4%A" },
    { url: "not a url", label: "not a url" },
  ])("labels $url as $label", ({ url, label }) => {
    expect(linkLabel(url)).toBe(label);
  });
});
