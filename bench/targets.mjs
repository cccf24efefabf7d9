// The targets of issue 5, checked on one run's results. They are set for
// N = 100,000 on the 2-core machine; at other N they are indications only.
const run = (result, key, connections) =>
  result.pages.find((p) => p.key === key)?.runs.find((r) => r.connections === connections);

const verdict = (ok) => (ok ? "met" : "NOT met");
const percent = (share) => `${(share * 100).toFixed(0)}%`;
const SEARCHES = ["searchFr", "searchAr"];

function lines(result) {
  const out = [];
  const staticRps = run(result, "static", 20)?.requestsPerSecond ?? 0;
  const directoryRps = run(result, "directory", 20)?.requestsPerSecond ?? 0;

  for (const key of ["home", "initiative", "directory"]) {
    const share = (run(result, key, 20)?.requestsPerSecond ?? 0) / staticRps;
    const ok = verdict(share >= 0.6);
    out.push(`${key} at c=20: ${percent(share)} of the static file's req/s (≥ 60%): ${ok}`);
  }
  for (const key of SEARCHES) {
    const p95 = run(result, key, 4)?.p95 ?? Infinity;
    const share = (run(result, key, 20)?.requestsPerSecond ?? 0) / directoryRps;
    out.push(`${key} p95 at c=4: ${p95} ms (< 60 ms): ${verdict(p95 < 60)}`);
    const ok = verdict(share >= 0.5);
    out.push(`${key} at c=20: ${percent(share)} of the directory's req/s (≥ 50%): ${ok}`);
  }
  const beyond = result.js.directoryBeyond.gzip / 1024;
  out.push(
    `directory JS beyond Next.js: ${beyond.toFixed(1)} kB gz (≤ 25 kB): ${verdict(beyond <= 25)}`,
  );
  out.push(
    `server peak memory: ${result.peakRssMb} MB (< 400 MB): ${verdict(result.peakRssMb < 400)}`,
  );

  return out;
}

/** Search p50 at the largest N over the smallest (target: at most 3 times). */
function growth(results) {
  if (results.length < 2) return [];

  const [small, large] = [results[0], results.at(-1)];

  return SEARCHES.map((key) => {
    const ratio = (run(large, key, 4)?.p50 ?? Infinity) / (run(small, key, 4)?.p50 ?? 1);

    const times = `${ratio.toFixed(2)}×`;

    return `${key} p50 at N=${large.n} is ${times} N=${small.n}'s (≤ 3×): ${verdict(ratio <= 3)}`;
  });
}

export function targetsMarkdown(results) {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const perN = sorted.flatMap((result) => [
    `At N = ${result.n}:`,
    ...lines(result).map((l) => `- ${l}`),
  ]);

  return ["#### Targets of issue 5", "", ...perN, ...growth(sorted).map((l) => `- ${l}`)].join(
    "\n",
  );
}
