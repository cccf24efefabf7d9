// npm run bench -- --n 1000[,10000,100000] [--duration 10] [--warmup 3]
//   [--connections 4,20] [--skip-build]
import { parseArgs } from "node:util";
import { z } from "zod";

const list = (schema) =>
  z
    .string()
    .transform((text) => text.split(",").map((part) => part.trim().replace(/_/g, "")))
    .pipe(z.array(schema).min(1));

const optionsSchema = z.object({
  n: list(z.coerce.number().int().min(1).max(1_000_000)),
  duration: z.coerce.number().int().min(1).max(600),
  warmup: z.coerce.number().int().min(0).max(120),
  connections: list(z.coerce.number().int().min(1).max(500)),
  skipBuild: z.boolean(),
});

export const USAGE = `Usage: npm run bench -- [options]
  --n 1000              initiatives to fill; a list runs each in turn: --n 1000,10000,100000
  --duration 10         seconds of load per page and concurrency
  --warmup 3            seconds of unmeasured load before each
  --connections 4,20    concurrencies (4: latency, 20: throughput)
  --skip-build          reuse the last build in .next-bench
DATABASE_URL: a local PostgreSQL server to make the scratch database on; unset,
127.0.0.1:5432 if it answers, else an embedded PGlite.`;

export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: "string", default: "1000" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      connections: { type: "string", default: "4,20" },
      "skip-build": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return null;

  return optionsSchema.parse({ ...values, skipBuild: values["skip-build"] });
}
