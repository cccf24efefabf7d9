import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export const listThemes = cache(async () => db.theme.findMany({ orderBy: { sortOrder: "asc" } }));
