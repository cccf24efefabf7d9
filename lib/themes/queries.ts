import "server-only";
import { db } from "@/lib/db/client";
import { oncePerProcess } from "@/lib/reference/once-per-process";

// Themes change only with a deploy or a seed, both followed by a restart:
// each page reads them from memory rather than from the database.
export const listThemes = oncePerProcess(async () =>
  db.theme.findMany({ orderBy: { sortOrder: "asc" } }),
);
