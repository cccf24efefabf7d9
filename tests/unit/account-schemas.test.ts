import { describe, expect, it } from "vitest";
import {
  changePasswordSchema,
  preferencesSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/accounts/schemas";
import { fieldErrorKeys } from "@/lib/actions/zod-errors";

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorKeys>[0] }) {
  return result.error ? fieldErrorKeys(result.error) : {};
}

describe("account form schemas", () => {
  it("normalise the address and turn an empty name into none", () => {
    const parsed = signUpSchema.parse({
      name: "  ",
      email: " Amina@Example.MA ",
      password: "0123456789",
      confirmPassword: "0123456789",
    });

    expect(parsed).toMatchObject({ name: null, email: "amina@example.ma" });
  });

  it("name each problem with a FormErrors key, next to its field", () => {
    const result = signUpSchema.safeParse({
      name: "x".repeat(101),
      email: "not an address",
      password: "short",
      confirmPassword: "other",
    });

    expect(errorsOf(result)).toEqual({
      name: "nameTooLong",
      email: "emailInvalid",
      password: "passwordTooShort",
      confirmPassword: "passwordsDiffer",
    });
  });

  it("ask for 10 to 200 characters in a new password", () => {
    const long = "x".repeat(201);
    const result = changePasswordSchema.safeParse({
      currentPassword: "",
      newPassword: long,
      confirmPassword: long,
    });

    expect(errorsOf(result)).toEqual({
      currentPassword: "required",
      newPassword: "passwordTooLong",
    });
  });

  it("accept any stored password at sign-in, however short", () => {
    expect(signInSchema.safeParse({ email: "a@b.ma", password: "old" }).success).toBe(true);
  });

  it("accept only the site's languages for mails", () => {
    expect(errorsOf(preferencesSchema.safeParse({ mailLocale: "de" }))).toEqual({
      mailLocale: "invalid",
    });
  });
});
