import { clsx } from "clsx";

type Mark = "added" | "removed" | null;

type Props = { urls: string[]; markOf?: (url: string) => Mark };

/**
 * Links written out in full, left to right in every language: a moderator
 * must see exactly where each one leads before it becomes public.
 */
export function ContentLinks({ urls, markOf }: Props) {
  return (
    <ul className="space-y-1">
      {urls.map((url) => {
        const mark = markOf?.(url) ?? null;
        const Tag = mark === "added" ? "ins" : mark === "removed" ? "del" : "span";

        return (
          <li key={url} className="[overflow-wrap:anywhere]">
            <Tag
              className={clsx(
                mark === "added" && "bg-green-50 no-underline ring-1 ring-green-700",
                mark === "removed" && "bg-orange-50 ring-1 ring-terracotta",
              )}
            >
              <a
                href={url}
                rel="noopener noreferrer nofollow"
                dir="ltr"
                className="text-green-800 underline"
              >
                {url}
              </a>
            </Tag>
          </li>
        );
      })}
    </ul>
  );
}
