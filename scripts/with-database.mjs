// `node scripts/with-database.mjs TASK.ts ARGS…`: runs a TypeScript task
// from scripts/ against the site's database (see script-database.mjs), with
// the same loader flags as the seed, and exits with the task's code.
import { spawn } from "node:child_process";
import { MissingDatabase, openTaskDatabase } from "./script-database.mjs";

function runTask(task, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", task, ...args],
      { stdio: "inherit", env },
    );

    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const [task, ...args] = process.argv.slice(2);
  if (!task) throw new Error("Usage: node scripts/with-database.mjs TASK.ts [ARGS…]");

  const database = await openTaskDatabase();
  try {
    return await runTask(task, args, { ...process.env, DATABASE_URL: database.url });
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof MissingDatabase ? error.message : error);
    process.exit(1);
  },
);
