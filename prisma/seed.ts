import { db } from "@/lib/db/client";
import { refreshSearchTexts } from "@/lib/initiatives/search-index";
import { seedInitiatives, seedReferenceData } from "@/lib/seed/seed";

async function main() {
  await seedReferenceData(db);
  const created = await seedInitiatives(db);

  const refreshed = await refreshSearchTexts(db);

  console.log(created ? `Seeded ${created} initiatives.` : "Initiatives present; seed skipped.");
  console.log(`Search text refreshed for ${refreshed} initiatives.`);
}

main()
  .finally(() => db.$disconnect())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
