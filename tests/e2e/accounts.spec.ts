import { mailsTo } from "../support/read-mail";
import { expect, test } from "./support/account-fixtures";
import {
  createAccount,
  expectPath,
  linkSentTo,
  PASSWORD,
  signIn,
  signUp,
  signUpTexts,
  uniqueEmail,
} from "./support/accounts";

for (const locale of ["fr", "ar"] as const) {
  const text = signUpTexts[locale];

  test(`in ${locale}, one signs up, confirms the address by mail, signs in and out`, async ({
    visitor: page,
    created,
  }) => {
    const email = uniqueEmail(`signup-${locale}`);
    created.push(email);

    await expect(await signUp(page, locale, email, "Amina")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

    const [mail] = await mailsTo(process.env.MAIL_READER_URL ?? "", email);
    expect(mail?.subject).toBe(text.subject);
    await page.goto(await linkSentTo(email));
    await expect(page.getByText(text.verified)).toBeVisible();

    await page.goto(`/${locale}/sign-in`);
    await signIn(page, locale, email, PASSWORD);
    await expectPath(page, `/${locale}/my-space`);
    const menu = page.getByRole("navigation").filter({ hasText: "Amina" });
    await expect(menu).toBeVisible();

    await menu.getByRole("button", { name: text.signOut }).click();
    await expectPath(page, `/${locale}/sign-in`);
    await expect(page.getByRole("status")).toContainText(text.signedOut);
    await page.goto(`/${locale}/account`);
    await expectPath(page, `/${locale}/sign-in`);
  });
}

test("signing up with a known address answers the same and mails its owner", async ({
  visitor: page,
  created,
}) => {
  const { email } = await createAccount();
  const fresh = uniqueEmail("fresh");
  created.push(email, fresh);

  const forNew = await (await signUp(page, "fr", fresh)).textContent();
  const forExisting = await (await signUp(page, "fr", email)).textContent();

  expect(forExisting?.replace(email, "ADDRESS")).toBe(forNew?.replace(fresh, "ADDRESS"));
  const [mail] = await mailsTo(process.env.MAIL_READER_URL ?? "", email);
  expect(mail?.subject).toBe("Vous avez déjà un compte");
});

test("a forgotten password is reset from the mail, which signs the account in", async ({
  visitor: page,
  created,
}) => {
  const { email } = await createAccount();
  created.push(email);
  const newPassword = "un tout nouveau mot de passe";

  await page.goto("/fr/sign-in");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await page.getByLabel("Adresse e-mail de votre compte").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("status")).toContainText("Si un compte existe pour");

  const link = await linkSentTo(email);
  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expectPath(page, "/fr/my-space");

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expectPath(page, "/fr/sign-in");
  await signIn(page, "fr", email, PASSWORD);
  await expect(page.getByRole("status")).toContainText("Adresse e-mail ou mot de passe incorrect");
  await signIn(page, "fr", email, newPassword);
  await expectPath(page, "/fr/my-space");

  await page.goto(link);
  await expect(page.getByText("Ce lien ne fonctionne plus")).toBeVisible();
});

test("an anonymous visitor to /fr/account signs in and comes back to it", async ({
  visitor: page,
  created,
}) => {
  const { email, password } = await createAccount();
  created.push(email);

  await page.goto("/fr/account");
  await expectPath(page, "/fr/sign-in");
  expect(new URL(page.url()).searchParams.get("next")).toBe("/fr/account");

  await signIn(page, "fr", email, password);
  await expectPath(page, "/fr/account");
  await expect(page.getByRole("heading", { name: "Mon compte", level: 1 })).toBeVisible();
});

for (const next of [
  "//evil.com",
  "https://evil.com/fr/account",
  "/\\evil.com",
  "/fr/../..//evil.com",
]) {
  test(`signing in with ?next=${next} stays on this site`, async ({
    visitor: page,
    created,
    baseURL,
  }) => {
    const { email, password } = await createAccount();
    created.push(email);

    await page.goto(`/fr/sign-in?next=${encodeURIComponent(next)}`);
    await signIn(page, "fr", email, password);

    await expectPath(page, "/fr/my-space");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  });
}

test("the session cookie is HttpOnly and SameSite=Lax", async ({ visitor: page, created }) => {
  const { email, password } = await createAccount();
  created.push(email);

  await page.goto("/fr/sign-in");
  await signIn(page, "fr", email, password);
  await expectPath(page, "/fr/my-space");

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});
