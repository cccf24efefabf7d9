import pg from "pg";
import { outsideRequests } from "@/lib/server/outside-requests";

type ConnectCallback = Parameters<pg.Client["connect"]>[0];

/**
 * pg's client, connecting outside the request that asked the pool for a
 * connection: the connection lives on in the pool, and must not keep that
 * request alive (see lib/server/outside-requests.ts).
 */
export class DetachedClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: NonNullable<ConnectCallback>): void;
  override connect(callback?: ConnectCallback): Promise<pg.Client> | void {
    return outsideRequests(() => (callback ? super.connect(callback) : super.connect()));
  }
}
