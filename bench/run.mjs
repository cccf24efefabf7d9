// `npm run bench`: a scratch database with N synthetic initiatives, the
// production build served by `next start`, and autocannon from this process.
// Never part of `npm test`. Cleans up its server and database on success,
// failure and Ctrl-C. See BENCHMARKS.md.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import os, { constants } from "node:os";
import path from "node:path";
import { bin } from "../scripts/run.mjs";
import { chooseDatabaseServer } from "./database.mjs";
import { createJsMeter, frameworkFiles } from "./js-size.mjs";
import { measure } from "./load.mjs";
import { parseOptions, USAGE } from "./options.mjs";
import { benchPages } from "./pages.mjs";
import { handleSignals, interruptedBy, log, run, throwIfInterrupted } from "./processes.mjs";
import { machine, markdownFor, writeJson } from "./report.mjs";
import { build, DIST_DIR, startServer } from "./server.mjs";
import { targetsMarkdown } from "./targets.mjs";

// One build serves every N of a run.
let built = false;

async function step(name, action) {
  throwIfInterrupted();
  const started = performance.now();
  const result = await action();
  log(`${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  return result;
}

async function prepare(env, n) {
  await run(bin("prisma"), ["migrate", "deploy"], { ...env, CHECKPOINT_DISABLE: "1" });
  const started = performance.now();
  // react-server: the fill reuses lib/ modules marked server-only.
  const fill = ["--conditions=react-server", "--import", "tsx", "bench/fill/fill.ts", `${n}`];
  await run(process.execPath, fill, env);

  return Number(((performance.now() - started) / 1000).toFixed(1));
}

async function javaScript(meter, pages) {
  const framework = frameworkFiles(DIST_DIR);
  const byPage = new Map();
  for (const page of pages)
    if (page.key !== "static") byPage.set(page.key, await meter.page(page.path));

  const beyond = (byPage.get("directory")?.files ?? []).filter((f) => !framework.includes(f));

  return {
    byPage,
    framework: { files: framework, gzip: await meter.total(framework) },
    directoryBeyond: { files: beyond, gzip: await meter.total(beyond) },
  };
}

async function loadPages(url, pages, options) {
  const results = [];
  for (const page of pages) {
    const runs = [];
    for (const connections of options.connections) {
      throwIfInterrupted();
      const settings = { connections, seconds: options.duration, warmup: options.warmup };
      runs.push(
        await step(`${page.name}, c=${connections}`, () => measure(`${url}${page.path}`, settings)),
      );
    }
    results.push({ ...page, runs });
  }

  return results;
}

async function checkPages(url, pages) {
  for (const page of pages) {
    const response = await fetch(`${url}${page.path}`, { redirect: "manual" });
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
  }
}

async function benchOne(n, database, env, options, logFile) {
  const fillSeconds = await step(`fill N=${n}`, () => prepare(env, n));
  if (!options.skipBuild && !built) {
    await step("next build", () => build(env));
    built = true;
  }

  const server = await step("next start", () => startServer(env, logFile));
  // Other work on the machine skews every number: the report shows how much there was.
  const loadAverage = os.loadavg().map((value) => Number(value.toFixed(2)));
  try {
    const pages = await benchPages(env.DATABASE_URL);
    await checkPages(server.url, pages);
    const js = await javaScript(createJsMeter(server.url), pages);
    const measured = await loadPages(server.url, pages, options);
    const peakBytes = await server.stop();

    return {
      n,
      database,
      fillSeconds,
      loadAverage,
      peakRssMb: Math.round(peakBytes / 2 ** 20),
      pages: measured.map((page) => ({ ...page, js: js.byPage.get(page.key) })),
      js: { framework: js.framework, directoryBeyond: js.directoryBeyond },
    };
  } finally {
    await server.stop();
  }
}

async function main(options) {
  const startedAt = new Date().toISOString();
  const server = await chooseDatabaseServer();
  log(`database server: ${server.description}`);
  const logFile = path.join("bench", "results", `server-${startedAt.replace(/[:.]/g, "-")}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  log(`server output: ${logFile}`);

  const results = [];
  for (const n of options.n) {
    const database = await step(`scratch database for N=${n}`, () => server.create());
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      ...(database.poolSize ? { DATABASE_POOL_SIZE: database.poolSize } : {}),
    };
    try {
      results.push(await benchOne(n, server.description, env, options, logFile));
    } finally {
      await database.drop();
      log(`scratch database for N=${n} dropped`);
    }
    console.log(`\n${markdownFor(results.at(-1), options)}\n`);
  }

  const report = { startedAt, machine: machine(), options, results };
  console.log(`${targetsMarkdown(results)}\n`);
  log(`results: ${writeJson(report)}`);
}

const options = parseOptions(process.argv.slice(2));
if (!options) {
  console.log(USAGE);
  process.exit(0);
}

handleSignals();
let exitCode = 0;
try {
  await main(options);
} catch (error) {
  const signal = interruptedBy();
  console.error(`[bench] ${signal ? `interrupted by ${signal}` : error.message}`);
  exitCode = signal ? 128 + constants.signals[signal] : 1;
}
// A pool or socket left open by a failed step must not keep the bench alive.
process.exit(exitCode);
