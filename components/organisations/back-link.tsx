import { ArrowIcon } from "@/components/arrow-icon";
import { Link } from "@/lib/i18n/navigation";

/** The way back to My space from the pages it leads to. */
export function BackLink({ label }: { label: string }) {
  return (
    <Link
      href="/my-space"
      className="inline-flex min-h-11 items-center gap-1 font-semibold text-green-800 underline"
    >
      <ArrowIcon back className="size-4" />
      {label}
    </Link>
  );
}
