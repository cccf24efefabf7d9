import { getCurrentUser } from "@/lib/auth/session";
import { mediaAudience, type MediaAudience } from "@/lib/images/media-access";
import { isStoredImageName, readStoredImage } from "@/lib/images/storage";

type Context = { params: Promise<{ path: string[] }> };

// A stored name is random and never reused for other bytes, so a public image
// can be cached for long; private ones are never kept by shared caches.
const CACHE: Record<MediaAudience, string> = {
  public: "public, max-age=2592000, immutable",
  members: "private, no-store",
};

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
};

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

async function viewerId() {
  return (await getCurrentUser())?.id ?? null;
}

/** Serves an uploaded image to those allowed to see it; anyone else gets a 404. */
export async function GET(_request: Request, { params }: Context) {
  const { path } = await params;
  const name = path.length === 1 ? path[0] : undefined;
  if (!name || !isStoredImageName(name)) return notFound();

  const audience = await mediaAudience(name, viewerId);
  const data = audience ? await readStoredImage(name) : null;
  if (!audience || !data) return notFound();

  return new Response(new Uint8Array(data), {
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": "image/webp",
      "Content-Disposition": "inline",
      "Content-Length": String(data.byteLength),
      "Cache-Control": CACHE[audience],
    },
  });
}
