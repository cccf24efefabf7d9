import { AsyncLocalStorage } from "node:async_hooks";
import type { Socket } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DetachedClient } from "@/lib/db/detached-client";
import { rememberStartupContext } from "@/lib/server/outside-requests";

// Stands for Next.js's request store.
const request = new AsyncLocalStorage<{ page: string }>();

// The store a connection's socket runs its callbacks in: the one it was
// opened in, for as long as it lives.
async function storeOfSocketOpenedIn(Client: typeof pg.Client) {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await request.run({ page: "/fr/initiatives?q=eau" }, () => client.connect());

  const socket = (client as unknown as { connection: { stream: Socket } }).connection.stream;
  // Read in the listener itself: a promise callback runs in the caller's store.
  let store: { page: string } | undefined;
  socket.once("data", () => {
    store = request.getStore();
  });
  await client.query("SELECT 1");
  await client.end();

  return store;
}

describe("database connections", () => {
  it("keep the request that opened them, with pg's own client", async () => {
    expect(await storeOfSocketOpenedIn(pg.Client)).toEqual({ page: "/fr/initiatives?q=eau" });
  });

  it("keep no request once the server has remembered its start-up context", async () => {
    rememberStartupContext();

    expect(await storeOfSocketOpenedIn(DetachedClient)).toBeUndefined();
  });
});
