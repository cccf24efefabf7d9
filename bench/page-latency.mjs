// Latency of the public pages on a running server, one page at a time:
//   BASE_URL=http://127.0.0.1:3000 node bench/page-latency.mjs [seconds] [connections]
// Measures only; the targets of issue 5 are checked by the full benchmark.
import autocannon from "autocannon";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const duration = Number(process.argv[2] ?? 5);
const connections = Number(process.argv[3] ?? 1);

const pages = [
  ["static file (reference)", "/robots.txt"],
  ["home fr", "/fr"],
  ["directory fr, page 1", "/fr/initiatives"],
  ["directory ar, region + theme", "/ar/initiatives?region=MA-07&theme=advocacy"],
  ["directory fr, search", "/fr/initiatives?q=dechets"],
  ["directory ar, search", "/ar/initiatives?q=%D9%85%D9%8A%D9%83%D8%A7"],
  ["initiative ar", "/ar/initiatives/zero-mika"],
];

function measure(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration, connections }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

console.log(`${baseUrl}, ${connections} connection(s), ${duration} s per page`);
console.log("| page | req/s | p50 ms | p90 ms | p99 ms | non-2xx |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");

for (const [name, path] of pages) {
  const result = await measure(`${baseUrl}${path}`);
  const { latency, requests, non2xx } = result;
  console.log(
    `| ${name} | ${requests.average} | ${latency.p50} | ${latency.p90} | ${latency.p99} | ${non2xx} |`,
  );
}
