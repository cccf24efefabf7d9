import { expect, test } from "./support/account-fixtures";
import {
  createAccount,
  expectPath,
  linkSentTo,
  PASSWORD,
  signIn,
  uniqueEmail,
} from "./support/accounts";

test("a wrong password gets one message for both fields and keeps the address typed", async ({
  visitor: page,
  created,
}) => {
  const { email } = await createAccount();
  created.push(email);

  await page.goto("/fr/sign-in");
  await signIn(page, "fr", email, "not the password");

  await expect(page.getByRole("status")).toHaveText(
    "Adresse e-mail ou mot de passe incorrect. Vérifiez-les et réessayez.",
  );
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveValue("");
});

test("without JavaScript, signing in works and a refusal keeps the address", async ({
  serverVisitor: page,
  created,
}) => {
  const { email, password } = await createAccount();
  created.push(email);

  await page.goto("/ar/sign-in");
  await signIn(page, "ar", email, "not the password");
  await expect(page.getByRole("status")).toContainText("غير صحيح");
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue(email);

  await signIn(page, "ar", email, password);
  await expectPath(page, "/ar/my-space");
});

test("the browser names a mistake next to its field before sending the form", async ({
  visitor: page,
}) => {
  await page.goto("/fr/sign-up");
  await page.getByLabel("Adresse e-mail").fill("amina@example");
  await page.getByLabel("Mot de passe", { exact: true }).fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  const password = page.getByLabel("Mot de passe", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Utilisez au moins 10 caractères\./);
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();
});

test("messages leave as the mistakes are fixed, so one click then sends the form", async ({
  visitor: page,
  created,
}) => {
  const email = uniqueEmail("fixed");
  created.push(email);
  await page.goto("/fr/sign-up");
  await page.getByLabel("Adresse e-mail").fill("amina@example");
  await page.getByLabel("Mot de passe", { exact: true }).fill("court");
  await page.getByLabel("Confirmez le mot de passe").fill("autre");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Les deux mots de passe ne sont pas identiques.")).toBeVisible();

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  await expect(page.getByRole("status")).toContainText("Regardez votre boîte mail");
});

test("changing the password keeps this browser signed in", async ({ visitor: page, created }) => {
  const { email, password } = await createAccount();
  created.push(email);
  const newPassword = "encore un nouveau mot de passe";

  await page.goto("/fr/account");
  await signIn(page, "fr", email, password);
  await expectPath(page, "/fr/account");
  await page.getByLabel("Mot de passe actuel").fill(password);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();

  await expect(
    page.getByRole("status").filter({ hasText: "Votre mot de passe est changé" }),
  ).toBeVisible();
  await page.reload();
  await expectPath(page, "/fr/account");
  await expect(page.getByRole("navigation", { name: "Votre compte" })).toBeVisible();
});

test("a new address is used only once the link sent to it is opened", async ({
  visitor: page,
  created,
}) => {
  const { email, password } = await createAccount();
  const newEmail = uniqueEmail("moved");
  created.push(email, newEmail);

  await page.goto("/fr/account");
  await signIn(page, "fr", email, password);
  await page.getByLabel("Nouvelle adresse e-mail").fill(newEmail);
  await page.getByLabel("Votre mot de passe").fill(password);
  await page.getByRole("button", { name: "Changer d’adresse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Si cette adresse" })).toBeVisible();
  await expect(page.getByText(`Adresse actuelle : \u2068${email}\u2069`)).toBeVisible();

  await page.goto(await linkSentTo(newEmail));
  await expect(page.getByRole("status")).toContainText(newEmail);
  await page.goto("/fr/sign-in");
  await signIn(page, "fr", newEmail, password);
  await expectPath(page, "/fr/my-space");
});

test("the name and the language of mails are saved from the account page", async ({
  visitor: page,
  created,
}) => {
  const { email, password } = await createAccount();
  created.push(email);

  await page.goto("/fr/account");
  await signIn(page, "fr", email, password);
  await page.getByLabel("Nom (facultatif)").fill("Youssef");
  await page.getByLabel("Langue des e-mails").selectOption("ar");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "préférences sont enregistrées" }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Langue des e-mails")).toHaveValue("ar");
  await expect(page.getByLabel("Nom (facultatif)")).toHaveValue("Youssef");
});
