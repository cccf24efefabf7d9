import { db } from "@/lib/db/client";
import { seedInitiatives, seedReferenceData } from "@/lib/seed/seed";

async function main() {
  await seedReferenceData(db);
  const created = await seedInitiatives(db);

  console.log(created ? `Seeded ${created} initiatives.` : "Initiatives present; seed skipped.");
}

main()
  .finally(() => db.$disconnect())
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
