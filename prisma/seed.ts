import { db } from "@/lib/db/client";
import { refreshSearchColumnsIfStale } from "@/lib/search/refresh-if-stale";
import { seedInitiatives, seedReferenceData } from "@/lib/seed/seed";

async function main() {
  await seedReferenceData(db);
  const created = await seedInitiatives(db);

  const refreshed = await refreshSearchColumnsIfStale(db, { force: created > 0 });

  console.log(created ? `Seeded ${created} initiatives.` : "Initiatives present; seed skipped.");
  console.log(
    refreshed === null
      ? "Search columns current."
      : `Search columns refreshed for ${refreshed} initiatives.`,
  );
}

main()
  .finally(() => db.$disconnect())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
