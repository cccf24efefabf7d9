// While `npm start` serves the site, the moderation digest goes out once a
// day, the first an hour after start (so a restart does not mail everyone at
// once). Each run is its own process: a slow mail server never holds up pages.
import { spawn } from "node:child_process";
import path from "node:path";

const HOUR = 60 * 60 * 1000;
const FIRST_RUN_AFTER = HOUR;
const EVERY = 24 * HOUR;

const root = path.resolve(import.meta.dirname, "..");

export function scheduleModerationDigest(env) {
  let running = false;

  function runDigest() {
    if (running) return;

    running = true;
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/moderation-digest.ts"],
      { stdio: "inherit", env, cwd: root },
    );
    const done = () => {
      running = false;
    };
    child.once("error", (error) => {
      console.error("Moderation digest could not start:", error);
      done();
    });
    child.once("exit", done);
  }

  const first = setTimeout(() => {
    runDigest();
    setInterval(runDigest, EVERY).unref();
  }, FIRST_RUN_AFTER);
  first.unref();
}
