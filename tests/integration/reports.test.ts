import { randomUUID } from "node:crypto";
import { describe, expect } from "vitest";
import { db } from "@/lib/db/client";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { RULES } from "@/lib/rate-limit/limiters";
import { reportInitiative } from "@/lib/reports/report-initiative";
import { reportSchema } from "@/lib/reports/report-schema";
import { test } from "./support/fixtures";

const refusal = (code: string) => expect.objectContaining({ name: "AppError", code });

const uniqueIp = () => `report-${randomUUID()}`;

function report(slug: string, overrides: Record<string, string> = {}) {
  return reportSchema.parse({
    slug,
    reason: "outdated",
    text: "Cette initiative s’est arrêtée en 2023.",
    website: "",
    ...overrides,
  });
}

const reportsOn = (initiativeId: string) =>
  db.report.findMany({ where: { initiativeId }, orderBy: { createdAt: "asc" } });

describe("reportInitiative", () => {
  test("stores a report on a published initiative, open, in the page's language", async ({
    fixtures,
  }) => {
    const initiative = await fixtures.initiative({ title: "Jardin signalé" });

    const stored = await reportInitiative(report(initiative.slug, { reason: "inaccurate" }), {
      locale: "ar",
      ip: uniqueIp(),
    });

    expect(stored).toBe(true);
    expect(await reportsOn(initiative.id)).toEqual([
      expect.objectContaining({
        reasonCode: "inaccurate",
        text: "Cette initiative s’est arrêtée en 2023.",
        locale: "ar",
        status: "OPEN",
        decisionId: null,
      }),
    ]);
  });

  test("answers a filled trap field like a success and stores nothing", async ({ fixtures }) => {
    const initiative = await fixtures.initiative({ title: "Jardin piégé" });
    const bot = report(initiative.slug, { website: "https://spam.example.com" });

    await expect(reportInitiative(bot, { locale: "fr", ip: uniqueIp() })).resolves.toBe(false);

    expect(await reportsOn(initiative.id)).toEqual([]);
  });

  test(`refuses reports from one address beyond ${RULES.reportPerIp.points} an hour`, async ({
    fixtures,
  }) => {
    const initiative = await fixtures.initiative({ title: "Jardin très signalé" });
    const ip = uniqueIp();

    for (let i = 0; i < RULES.reportPerIp.points; i += 1) {
      await reportInitiative(report(initiative.slug), { locale: "fr", ip });
    }

    await expect(reportInitiative(report(initiative.slug), { locale: "fr", ip })).rejects.toEqual(
      refusal("rateLimited"),
    );
    expect(await reportsOn(initiative.id)).toHaveLength(RULES.reportPerIp.points);
    await expect(
      reportInitiative(report(initiative.slug), { locale: "fr", ip: uniqueIp() }),
    ).resolves.toBe(true);
  });

  test("refuses initiatives that are not published, and unknown ones, as not found", async ({
    fixtures,
  }) => {
    const statuses: InitiativeStatus[] = [
      "DRAFT",
      "PENDING_REVIEW",
      "CHANGES_REQUESTED",
      "REJECTED",
      "ARCHIVED",
      "UNPUBLISHED",
    ];

    for (const status of statuses) {
      const initiative = await fixtures.initiative({ title: `Jardin ${status}`, status });

      await expect(
        reportInitiative(report(initiative.slug), { locale: "fr", ip: uniqueIp() }),
      ).rejects.toEqual(refusal("notFound"));
      expect(await reportsOn(initiative.id)).toEqual([]);
    }
    await expect(
      reportInitiative(report(`${fixtures.word}-nowhere`), { locale: "fr", ip: uniqueIp() }),
    ).rejects.toEqual(refusal("notFound"));
  });
});
