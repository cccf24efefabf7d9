import { clsx } from "clsx";
import { Link } from "@/lib/i18n/navigation";

type Props = { title: string; text: string; action: string };

/** What someone without an organisation sees first: one clear thing to do. */
export function FirstStep({ title, text, action }: Props) {
  return (
    <section
      aria-labelledby="first-step-title"
      className="zellige-band space-y-4 rounded-2xl p-6 text-white shadow-sm sm:p-8"
    >
      <h2 id="first-step-title" className="text-2xl font-extrabold">
        {title}
      </h2>
      <p className="max-w-prose text-white/95">{text}</p>
      <Link
        href="/my-space/organisations/new"
        className={clsx(
          "inline-flex min-h-11 items-center rounded-md bg-white px-5 py-2",
          "font-semibold text-green-900 hover:bg-sand-100",
        )}
      >
        {action}
      </Link>
    </section>
  );
}
