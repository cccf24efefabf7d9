import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export const listRegions = cache(async () => db.region.findMany({ orderBy: { sortOrder: "asc" } }));

export const getRegion = cache(async (code: string) => db.region.findUnique({ where: { code } }));
