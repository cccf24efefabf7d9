const STAR =
  "M20 2l5 7.5 8.7-1.2-1.2 8.7L40 20l-7.5 5 1.2 8.7-8.7-1.2L20 40" +
  "l-5-7.5-8.7 1.2 1.2-8.7L0 20l7.5-5-1.2-8.7 8.7 1.2z";

/** An eight-pointed zellige star holding a leaf: the site's mark. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className={className}>
      <path d={STAR} fill="#e3a92b" />
      <path d="M13 27c0-9 6-14 14-14 0 9-5 14-14 14z" fill="#0f3d23" />
      <path d="M13 27l9-9" stroke="#e3a92b" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
