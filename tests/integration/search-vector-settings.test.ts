import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { runVectorQuery } from "@/lib/search/search-sql";

type Settings = { seqscan: string; indexscan: string; workMem: string; jit: string };

const SETTINGS = Prisma.sql`SELECT current_setting('enable_seqscan') AS seqscan,
  current_setting('enable_indexscan') AS indexscan,
  current_setting('work_mem') AS "workMem", current_setting('jit') AS jit`;

describe("runVectorQuery", () => {
  it("plans with bitmap scans only, 16 MB of work memory and no JIT", async () => {
    const [settings] = await runVectorQuery<Settings[]>(SETTINGS);

    expect(settings).toEqual({ seqscan: "off", indexscan: "off", workMem: "16MB", jit: "off" });
  });

  it("leaves other queries with the planner's defaults", async () => {
    await runVectorQuery<Settings[]>(SETTINGS);

    const [settings] = await db.$queryRaw<Settings[]>(SETTINGS);

    expect(settings).toMatchObject({ seqscan: "on", indexscan: "on" });
  });
});
