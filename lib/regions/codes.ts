/** The codes of Morocco's 12 regions (ISO 3166-2:MA, since the 2015 reform). */
export const REGION_CODES = Array.from(
  { length: 12 },
  (_, i) => `MA-${String(i + 1).padStart(2, "0")}`,
);
