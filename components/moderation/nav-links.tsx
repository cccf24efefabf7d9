"use client";

import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";

export type Section = "queue" | "log" | "moderators";

// The paths of each section: a review page belongs to the queue it was opened from.
const SECTIONS: Record<Section, RegExp> = {
  queue: /^\/moderation(\/initiatives\/.*)?$/,
  log: /^\/moderation\/log$/,
  moderators: /^\/admin\/moderators(\/.*)?$/,
};

type Item = { href: string; label: string; section: Section };

type Props = { label: string; items: Item[] };

/** The moderation sections, the one shown marked. */
export function NavLinks({ label, items }: Props) {
  const path = usePathname().replace(/^\/(fr|ar|en)(?=\/|$)/, "");

  return (
    <nav aria-label={label} className="mb-6 border-b-2 border-green-700">
      {/* Wrapped rather than scrolled: on a phone every section stays in sight. */}
      <ul className="-mb-0.5 flex flex-wrap gap-1 font-semibold">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={path === item.href ? "page" : undefined}
              className={clsx(
                "block min-h-11 rounded-t-lg border-2 border-b-0 border-transparent",
                "px-3 py-2.5 sm:px-4",
                "text-green-800 hover:bg-sand-100",
                SECTIONS[item.section].test(path) && "border-green-700 bg-white text-ink",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
