// Limits of the initiative form, shared by the inputs' maxLength and the
// schema, so the browser never lets someone type what the server refuses.
export const INITIATIVE_LIMITS = {
  title: 160,
  summary: 400,
  description: 8000,
  city: 80,
  alt: 200,
  url: 500,
  links: 5,
  images: 6,
} as const;

export const FORM_INTENTS = ["draft", "submit"] as const;

export type FormIntent = (typeof FORM_INTENTS)[number];
