import { describe, expect } from "vitest";
import { checkCredentials } from "@/lib/accounts/credentials";
import { requestEmailChange } from "@/lib/accounts/email-change";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { signUp } from "@/lib/accounts/sign-up";
import { resendVerification } from "@/lib/accounts/verify-email";
import { RULES } from "@/lib/rate-limit/limiters";
import { sentTo, test } from "./support/accounts";

const rateLimited = { code: "rateLimited" };

/** Runs `attempt` as many times as the rule allows, one after the other. */
async function useUp(points: number, attempt: (i: number) => Promise<unknown>) {
  for (let i = 0; i < points; i += 1) await attempt(i);
}

describe("rate limits", () => {
  test(`sign-ups from one IP stop after ${RULES.signUpPerIp.points}`, async ({ accounts }) => {
    const ip = accounts.ip();
    const context = { locale: "fr" as const, ip };
    const password = "a long enough password";

    await useUp(RULES.signUpPerIp.points, () =>
      signUp({ name: null, email: accounts.email(), password }, context),
    );
    const blocked = accounts.email("blocked");

    await expect(signUp({ name: null, email: blocked, password }, context)).rejects.toMatchObject(
      rateLimited,
    );
    expect(await sentTo(blocked)).toHaveLength(0);
    await expect(
      signUp({ name: null, email: accounts.email(), password }, { ...context, ip: accounts.ip() }),
    ).resolves.toBeUndefined();
  });

  test(`resets for one address stop after ${RULES.resetPerEmail.points}, known or not`, async ({
    accounts,
  }) => {
    const user = await accounts.user();
    const nobody = accounts.email("nobody");

    await useUp(RULES.resetPerEmail.points, () => requestPasswordReset(user.email, accounts.ip()));
    await useUp(RULES.resetPerEmail.points, () => requestPasswordReset(nobody, accounts.ip()));

    await expect(requestPasswordReset(user.email, accounts.ip())).rejects.toMatchObject(
      rateLimited,
    );
    await expect(requestPasswordReset(nobody, accounts.ip())).rejects.toMatchObject(rateLimited);
    expect(await sentTo(user.email)).toHaveLength(RULES.resetPerEmail.points);
  });

  test(`reset requests from one IP stop after ${RULES.resetPerIp.points}`, async ({ accounts }) => {
    const ip = accounts.ip();

    await useUp(RULES.resetPerIp.points, () => requestPasswordReset(accounts.email(), ip));

    await expect(requestPasswordReset(accounts.email(), ip)).rejects.toMatchObject(rateLimited);
  });

  test(`sign-ins for an address stop after ${RULES.signInPerEmail.points}, even good ones`, async ({
    accounts,
  }) => {
    const user = await accounts.user();

    await useUp(RULES.signInPerEmail.points, () =>
      checkCredentials(user.email, "wrong password", accounts.ip()),
    );

    expect(await checkCredentials(user.email, user.password, accounts.ip())).toEqual({
      ok: false,
      reason: "rateLimited",
    });
  });

  test("a successful sign-in forgets the address's earlier failures", async ({ accounts }) => {
    const user = await accounts.user();
    const failures = RULES.signInPerEmail.points - 1;

    await useUp(failures, () => checkCredentials(user.email, "wrong password", accounts.ip()));
    await checkCredentials(user.email, user.password, accounts.ip());
    await useUp(failures, () => checkCredentials(user.email, "wrong password", accounts.ip()));

    expect((await checkCredentials(user.email, user.password, accounts.ip())).ok).toBe(true);
  });

  test(`new verification links stop after ${RULES.accountMailPerUser.points} an hour`, async ({
    accounts,
  }) => {
    const user = await accounts.user({ verified: false });

    await useUp(RULES.accountMailPerUser.points, () => resendVerification(user.id));

    await expect(resendVerification(user.id)).rejects.toMatchObject(rateLimited);
    expect(await sentTo(user.email)).toHaveLength(RULES.accountMailPerUser.points);
  });

  test("email change requests share that limit", async ({ accounts }) => {
    const user = await accounts.user();

    await useUp(RULES.accountMailPerUser.points, () =>
      requestEmailChange(user, { email: accounts.email(), password: user.password }),
    );

    await expect(
      requestEmailChange(user, { email: accounts.email(), password: user.password }),
    ).rejects.toMatchObject(rateLimited);
  });
});
