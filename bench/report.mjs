// The results as Markdown tables (printed) and JSON (under bench/results/).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const kB = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value === null ? "–" : value.toFixed(1));

export function machine() {
  const cpus = os.cpus();

  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function pageTable(result, connections) {
  const head = [
    "page",
    ...connections.flatMap((c) => [`c=${c} req/s`, "p50 ms", "p95 ms", "p99 ms"]),
  ];
  const lines = [
    `| ${head.join(" | ")} | JS files kB gz | inline JS kB gz | failed |`,
    `| --- | ${head
      .slice(1)
      .map(() => "---:")
      .join(" | ")} | ---: | ---: | ---: |`,
  ];

  for (const page of result.pages) {
    const cells = page.runs.flatMap((r) => [r.requestsPerSecond, ms(r.p50), ms(r.p95), ms(r.p99)]);
    const failed = page.runs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    const js = page.key === "static" ? ["–", "–"] : [kB(page.js.filesGzip), kB(page.js.inlineGzip)];
    lines.push(`| ${page.name} | ${[...cells, ...js, failed].join(" | ")} |`);
  }

  return lines.join("\n");
}

export function markdownFor(result, options) {
  const { framework, directoryBeyond } = result.js;
  const directoryInline = result.pages.find((p) => p.key === "directory")?.js.inlineGzip ?? 0;

  return [
    `### N = ${result.n.toLocaleString("en")}`,
    "",
    `${result.database}; filled in ${result.fillSeconds} s; ${options.duration} s per run ` +
      `after ${options.warmup} s of warm-up; French pages unless the name says otherwise; ` +
      `load average before the load: ${result.loadAverage.join(", ")}.`,
    "",
    pageTable(result, options.connections),
    "",
    `- Server peak memory (RSS of \`next start\` and its children): ${result.peakRssMb} MB`,
    `- Next.js baseline (root main files of the build manifest, loaded by every page, even an ` +
      `empty one): ${kB(framework.gzip)} kB gz in ${framework.files.length} files`,
    `- Directory page JavaScript beyond that baseline: ${kB(directoryBeyond.gzip)} kB gz in ` +
      `${directoryBeyond.files.length} files (plus ${kB(directoryInline)} kB gz of inline ` +
      "React payload, which is data, not code)",
  ].join("\n");
}

export function writeJson(report) {
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = path.join(dir, `bench-${stamp}-n${report.options.n.join("-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  return file;
}
