"use client";

import { clsx } from "clsx";
import { usePathname } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";

type Props = { label: string; items: { href: string; label: string }[] };

/** The site sections; the current one is marked, and follows client navigation. */
export function MainNav({ label, items }: Props) {
  const section = usePathname().split("/")[2];

  return (
    <nav aria-label={label} className="w-full sm:order-none sm:w-auto">
      <ul className="flex gap-1 overflow-x-auto text-[0.95rem] font-medium">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === `/${section}` ? "page" : undefined}
              className={clsx(
                "block rounded-md px-3 py-2 hover:bg-white/15",
                "aria-[current]:bg-white/20 aria-[current]:underline",
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
