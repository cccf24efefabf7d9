import { clsx } from "clsx";
import { ArrowIcon } from "@/components/arrow-icon";
import { Link } from "@/lib/i18n/navigation";

type Props = { href: string; label: string };

/** The way back to the page a page belongs to: the directory, the queue, My space. */
export function BackLink({ href, label }: Props) {
  return (
    <Link
      href={href}
      className={clsx(
        "inline-flex min-h-11 items-center gap-2",
        "font-semibold text-green-800 hover:underline",
      )}
    >
      <ArrowIcon back className="size-4" />
      {label}
    </Link>
  );
}
