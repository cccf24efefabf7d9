import { Link } from "@/lib/i18n/navigation";

type Props = { title: string; text: string; linkLabel: string };

/** Why creating things waits for a confirmed address, and where to get a new link. */
export function UnverifiedNotice({ title, text, linkLabel }: Props) {
  return (
    <section
      aria-labelledby="unverified-title"
      className="space-y-2 rounded-lg border-s-4 border-saffron bg-sand-100 p-4"
    >
      <h2 id="unverified-title" className="font-bold text-ink">
        {title}
      </h2>
      <p>{text}</p>
      <Link href="/account#verification" className="font-semibold text-green-800 underline">
        {linkLabel}
      </Link>
    </section>
  );
}
