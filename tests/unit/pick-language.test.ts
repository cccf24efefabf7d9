import { describe, expect, it } from "vitest";
import { pickField } from "@/lib/content/pick-language";

const translations = [
  { locale: "fr" as const, title: "Jardins partagés", summary: "Des potagers en ville." },
  { locale: "ar" as const, title: "حدائق مشتركة", summary: null },
];

describe("pickField", () => {
  it("gives the visitor's language when the author wrote it", () => {
    expect(pickField(translations, "title", "ar", "fr")).toEqual({
      text: "حدائق مشتركة",
      lang: "ar",
      isFallback: false,
    });
  });

  it("falls back to the original language and marks the fallback", () => {
    expect(pickField(translations, "title", "en", "fr")).toEqual({
      text: "Jardins partagés",
      lang: "fr",
      isFallback: true,
    });
  });

  it("skips a missing field in the visitor's language", () => {
    expect(pickField(translations, "summary", "ar", "fr")).toEqual({
      text: "Des potagers en ville.",
      lang: "fr",
      isFallback: true,
    });
  });

  it("skips empty and blank strings", () => {
    const withBlanks = [
      { locale: "en" as const, title: "" },
      { locale: "fr" as const, title: "   " },
      { locale: "ar" as const, title: "واحة" },
    ];

    expect(pickField(withBlanks, "title", "en", "fr")).toEqual({
      text: "واحة",
      lang: "ar",
      isFallback: true,
    });
  });

  it("returns null when no language has the field", () => {
    const empty = [
      { locale: "fr" as const, summary: "" },
      { locale: "en" as const, summary: null },
    ];

    expect(pickField(empty, "summary", "fr", "fr")).toBeNull();
    expect(pickField([], "summary", "ar", "fr")).toBeNull();
  });
});
