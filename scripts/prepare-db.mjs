import { bin, run } from "./run.mjs";

/**
 * Applies every migration, brings regions, themes and search text up to date,
 * and seeds the sourced initiatives into a database that has none.
 */
export async function prepareDatabase(baseEnv) {
  // No update check from the Prisma CLI: these machines have no internet.
  const env = { CHECKPOINT_DISABLE: "1", ...baseEnv };

  await run(bin("prisma"), ["migrate", "deploy"], { env });
  // react-server: lets the seed import server-only modules from lib/.
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env,
  });
}
