// One simple pictogram per theme, so cards look alive without photos.
const paths: Record<string, string[]> = {
  energy: [
    "M12 2v3M12 19v3M4.2 4.2l2.1 2.1M17.7 17.7l2.1 2.1M2 12h3M19 12h3",
    "M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1M12 7a5 5 0 100 10 5 5 0 000-10z",
  ],
  water: ["M12 3c3.5 4.5 6 8 6 11a6 6 0 01-12 0c0-3 2.5-6.5 6-11z"],
  waste: ["M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6"],
  biodiversity: ["M12 22V11M12 11c0-5 3-8 8-8 0 5-3 8-8 8z", "M12 14c0-4-3-6-7-6 0 4 3 6 7 6z"],
  agriculture: [
    "M12 22V8M12 8c-2-1-3-3-3-5 2 0 3 1.5 3 3.5",
    "M12 8c2-1 3-3 3-5-2 0-3 1.5-3 3.5M12 13c-2-1-3-3-3-5M12 13c2-1 3-3 3-5",
    "M12 18c-2-1-3-3-3-5M12 18c2-1 3-3 3-5",
  ],
  mobility: [
    "M5.5 17a3.5 3.5 0 100-.01M18.5 17a3.5 3.5 0 100-.01M5.5 17l4-8h6l3 8",
    "M9.5 9L8 6H6M15.5 9l-3 8",
  ],
  education: ["M2 8l10-5 10 5-10 5zM6 10v5c0 2 3 3.5 6 3.5s6-1.5 6-3.5v-5M22 8v6"],
  adaptation: [
    "M12 21v-9M12 12c-1-4-4-6-8-6 2 2 4 3 8 6z",
    "M12 12c1-4 4-6 8-6-2 2-4 3-8 6zM12 12c0-4-1-7-3-9M12 12c0-4 1-7 3-9",
    "M3 21h18",
  ],
  advocacy: ["M3 10v4h3l7 4V6l-7 4zM16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11"],
  other: ["M5 12h.01M12 12h.01M19 12h.01"],
};

type Props = { slug: string; className?: string };

export function ThemeIcon({ slug, className }: Props) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {(paths[slug] ?? paths.other ?? []).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
