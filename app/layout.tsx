import type { ReactNode } from "react";
import "./globals.css";

// The <html> element lives in app/[locale]/layout.tsx, where lang and dir
// are known; this root layout only exists because Next.js requires one.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
