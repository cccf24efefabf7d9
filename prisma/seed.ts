import { db } from "@/lib/db/client";
import { refreshAllSearchColumns } from "@/lib/search/refresh-all";
import { seedInitiatives, seedReferenceData } from "@/lib/seed/seed";

async function main() {
  await seedReferenceData(db);
  const created = await seedInitiatives(db);

  const refreshed = await refreshAllSearchColumns(db);

  console.log(created ? `Seeded ${created} initiatives.` : "Initiatives present; seed skipped.");
  console.log(`Search columns refreshed for ${refreshed} initiatives.`);
}

main()
  .finally(() => db.$disconnect())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
