import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { emailField } from "./email";

// Shared by the server actions (the authority) and the browser, which checks
// a form before sending it. Error messages are keys of the FormErrors namespace.

const newPassword = z
  .string()
  .min(10, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" });

// Checked against a stored hash, so any length that could have been set.
const enteredPassword = z
  .string()
  .min(1, { error: "required" })
  .max(200, { error: "passwordTooLong" });

const name = z
  .string()
  .trim()
  .max(100, { error: "nameTooLong" })
  .transform((value) => value || null);

const confirmation = { path: ["confirmPassword"], error: "passwordsDiffer" };

export const signUpSchema = z
  .object({
    name: name.optional().default(null),
    email: emailField,
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((data) => data.password === data.confirmPassword, confirmation);

export const signInSchema = z.object({
  email: emailField,
  password: enteredPassword,
  next: z.string().max(2000).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((data) => data.password === data.confirmPassword, confirmation);

export const changePasswordSchema = z
  .object({
    currentPassword: enteredPassword,
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, confirmation);

export const changeEmailSchema = z.object({ email: emailField, password: enteredPassword });

export const preferencesSchema = z.object({
  name: name.optional().default(null),
  mailLocale: z.enum(locales, { error: "invalid" }),
});

export const resendVerificationSchema = z.object({});

/** The schema of each account form, by name, for the browser's early check. */
export const accountSchemas = {
  signUp: signUpSchema,
  signIn: signInSchema,
  forgotPassword: forgotPasswordSchema,
  resetPassword: resetPasswordSchema,
  changePassword: changePasswordSchema,
  changeEmail: changeEmailSchema,
  preferences: preferencesSchema,
  resendVerification: resendVerificationSchema,
} satisfies Record<string, z.ZodType>;

export type AccountFormName = keyof typeof accountSchemas;
