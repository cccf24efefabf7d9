import { isPurgeAuthorised } from "@/lib/cache/purge-token";
import { revalidateEveryPage } from "@/lib/cache/revalidate-public";

const NO_STORE = { "Cache-Control": "no-store" };

/** Drops every cached page, for an operator who changed the database by hand. */
export async function POST(request: Request) {
  if (!isPurgeAuthorised(request.headers.get("authorization"))) {
    return new Response("Not found", { status: 404, headers: NO_STORE });
  }

  revalidateEveryPage();

  return new Response(null, { status: 204, headers: NO_STORE });
}
