// Length limits of the organisation form, shared by the inputs' maxLength and
// the schema, so the browser never lets someone type what the server refuses.
export const ORGANISATION_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  descriptionMax: 2000,
  cityMax: 80,
  urlMax: 300,
  socialLinks: 5,
} as const;
