/** Points forward in the reading direction: right in LTR, left in RTL. */
export function ArrowIcon({
  back = false,
  className = "",
}: {
  back?: boolean;
  className?: string;
}) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      className={`${back ? "-scale-x-100 rtl:scale-x-100" : "rtl:-scale-x-100"} ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 10h12M11 5l5 5-5 5" />
    </svg>
  );
}
