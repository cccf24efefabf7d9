import { bin, run } from "./run.mjs";

/** Applies every migration, then seeds the reference data if it is missing. */
export async function prepareDatabase(env) {
  await run(bin("prisma"), ["migrate", "deploy"], { env });
  // react-server: lets the seed import server-only modules from lib/.
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env,
  });
}
