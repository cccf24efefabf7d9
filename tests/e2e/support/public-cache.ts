// Public pages are cached until a decision on the site revalidates them.
// Tests that write published content straight into the database drop the
// cache afterwards, as an operator would (POST /api/cache/purge).

function setting(name: "BASE_URL" | "CACHE_PURGE_TOKEN"): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (see scripts/test.mjs)`);

  return value;
}

export async function purgePublicCache(): Promise<void> {
  const response = await fetch(new URL("/api/cache/purge", setting("BASE_URL")), {
    method: "POST",
    headers: { authorization: `Bearer ${setting("CACHE_PURGE_TOKEN")}` },
  });
  if (response.status !== 204) throw new Error(`Cache purge answered ${response.status}`);
}
