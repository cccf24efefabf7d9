import { linkLabel } from "@/lib/text/link-label";

type Props = { title: string; links: { id: string; url: string; label: string | null }[] };

/** External links of an initiative, labelled briefly; addresses read left to right. */
export function LinkList({ title, links }: Props) {
  return (
    <section className="space-y-2">
      <h2 className="text-xl font-bold">{title}</h2>
      <ul className="space-y-1">
        {links.map((link) => (
          <li key={link.id} className="[overflow-wrap:anywhere]">
            <a
              href={link.url}
              rel="noopener noreferrer nofollow"
              className="text-green-700 underline"
              dir="ltr"
            >
              {link.label ?? linkLabel(link.url)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
