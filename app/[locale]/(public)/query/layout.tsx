import type { ReactNode } from "react";

// These routes exist to read the query string (see lib/routing/query-route.ts).
export const dynamic = "force-dynamic";

export default function QueryLayout({ children }: { children: ReactNode }) {
  return children;
}
