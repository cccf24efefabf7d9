import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Messages = { [key: string]: string | Messages };

function readMessages(locale: string): Messages {
  const file = path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`);

  return JSON.parse(readFileSync(file, "utf8")) as Messages;
}

function keyPaths(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
    )
    .sort();
}

describe("messages", () => {
  it("has French messages", () => {
    expect(keyPaths(readMessages("fr")).length).toBeGreaterThan(0);
  });

  it.each(["ar", "en"])("%s has exactly the same keys as French", (locale) => {
    expect(keyPaths(readMessages(locale))).toEqual(keyPaths(readMessages("fr")));
  });
});
