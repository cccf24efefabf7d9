import "server-only";
import { z } from "zod";

// An empty variable counts as unset, so `FOO= npm start` behaves like no FOO.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  // Connections of the server's pool. `npm start` and `npm test` set 1 for
  // the embedded PGlite: it runs one session for every client, and statements
  // of two connections could interleave there.
  DATABASE_POOL_SIZE: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(100).default(10),
  ),
  SITE_URL: optional(z.url()),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Signs session cookies. `npm start` and `npm test` create one when unset.
  AUTH_SECRET: optional(z.string().min(32)),
  // Unset: mails go to the server log and to MAIL_DIR instead of a server.
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: z.string().min(3).default("Maroc en Action <no-reply@localhost>"),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  // Set: rate limits count in Redis; unset: in PostgreSQL.
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  // Set: POST /api/cache/purge with this bearer token drops every cached
  // page, for changes made to the database from outside the site.
  CACHE_PURGE_TOKEN: optional(z.string().min(32)),
  // The daily digest tells moderators about items waiting longer than this.
  MODERATION_DIGEST_HOURS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().positive().max(8760).default(48),
  ),
});

export type Env = z.infer<typeof envSchema>;

export const env: Env = envSchema.parse(process.env);
