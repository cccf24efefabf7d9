// Loads one URL with autocannon and keeps every response time, for exact
// percentiles (autocannon's own summary has p97.5, not p95).
import autocannon from "autocannon";
import { whenInterrupted } from "./processes.mjs";

function percentile(sorted, p) {
  if (sorted.length === 0) return null;

  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function fire(url, connections, seconds, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 10 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    const forget = whenInterrupted(() => instance.stop());
    instance.once("done", forget);
    if (onResponse) instance.on("response", onResponse);
  });
}

/** Warm-up first (not counted), then `seconds` of load at `connections`. */
export async function measure(url, { connections, seconds, warmup }) {
  if (warmup > 0) await fire(url, connections, warmup);

  const times = [];
  const result = await fire(url, connections, seconds, (_client, _status, _bytes, ms) =>
    times.push(ms),
  );
  times.sort((a, b) => a - b);
  const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

  return {
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
