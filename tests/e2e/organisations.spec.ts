import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { linkSentTo } from "./support/accounts";
import {
  account,
  closeAll,
  deleteAccountsAndOrganisations,
  draftInitiative,
  organisation,
  organisationFormTexts as texts,
  signedIn,
  type Account,
} from "./support/organisations";
import { notFoundTitle } from "./support/site";

type Fixtures = {
  /** Accounts made by the test; they and their organisations are deleted at its end. */
  people: (options?: { locale?: "fr" | "ar" }) => Promise<Account>;
  /** Opens a signed-in page for an account; its context is closed at the end. */
  as: (who: Account, locale: "fr" | "ar") => Promise<Page>;
};

const test = base.extend<Fixtures>({
  people: async ({}, use) => {
    const made: Account[] = [];
    await use(async (options = {}) => {
      const created = await account(options);
      made.push(created);

      return created;
    });
    await deleteAccountsAndOrganisations(made);
  },
  as: async ({ browser, baseURL }, use) => {
    const pages: Page[] = [];
    await use(async (who, locale) => {
      const page = await signedIn(browser, baseURL ?? "", who, locale);
      pages.push(page);

      return page;
    });
    await closeAll(pages);
  },
});

const word = () => randomUUID().slice(0, 8);

type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>;

function blockingProblems({ violations }: Result): string[] {
  return violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}`),
    );
}

for (const locale of ["ar", "fr"] as const) {
  const text = texts[locale];

  test(`in ${locale}, a new member creates an organisation and finds it in My space`, async ({
    people,
    as,
  }) => {
    const page = await as(await people({ locale }), locale);
    const name = locale === "ar" ? `جمعية الواحة ${word()}` : `Association Oasis ${word()}`;

    await page.getByRole("link", { name: text.create }).click();
    await page.getByLabel(text.name, { exact: true }).first().fill(name);
    await page.getByLabel(text.kind).selectOption({ index: 1 });
    await page.getByLabel(text.region).selectOption({ label: text.regionName });
    await page.getByRole("button", { name: text.submit }).click();

    await expect(page.getByRole("status")).toContainText(text.created);
    expect(new URL(page.url()).pathname).toBe(`/${locale}/my-space`);
    const panel = page.getByRole("region", { name });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(text.owner);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  });
}

test("a logo the server refuses leaves the chosen kind and region in the form", async ({
  people,
  as,
}) => {
  const page = await as(await people(), "fr");
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>');

  await page.goto("/fr/my-space/organisations/new");
  await page.getByLabel("Nom", { exact: true }).first().fill(`Association Atlas ${word()}`);
  await page.getByLabel("Type d’organisation").selectOption("COOPERATIVE");
  await page.getByLabel("Région").selectOption({ label: "Marrakech-Safi" });
  await page
    .getByLabel("Logo")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: svg });
  await page.getByRole("button", { name: "Créer l’organisation" }).click();

  await expect(page.getByText("Ce fichier n’est pas une image JPEG, PNG ou WebP.")).toBeVisible();
  await expect(page.getByLabel("Type d’organisation")).toHaveValue("COOPERATIVE");
  await expect(page.getByLabel("Région")).toHaveValue("MA-07");
});

test("without JavaScript, a refused organisation form keeps what was typed and says why", async ({
  people,
  browser,
  baseURL,
}) => {
  const owner = await people();
  const page = await signedIn(browser, baseURL ?? "", owner, "fr");
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await context.newPage();
  const name = `Collectif Zéro Déchet ${word()}`;

  await plain.goto("/fr/my-space/organisations/new");
  await plain.getByLabel("Nom", { exact: true }).first().fill(name);
  await plain.getByLabel("Site web").fill("javascript:alert(1)");
  await plain.getByRole("button", { name: "Créer l’organisation" }).click();

  const website = plain.getByLabel("Site web");
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(plain.getByText("Saisissez une adresse web")).toBeVisible();
  await expect(plain.getByText("Choisissez une région.")).toBeVisible();
  await expect(plain.getByLabel("Nom", { exact: true }).first()).toHaveValue(name);

  await website.fill("zerodechet.ma");
  await plain.getByLabel("Région").selectOption({ label: "Souss-Massa" });
  await plain.getByLabel("Type d’organisation").selectOption({ label: "Association" });
  await plain.getByRole("button", { name: "Créer l’organisation" }).click();
  await expect(plain.getByRole("region", { name })).toBeVisible();

  await context.close();
  await page.context().close();
});

test("an owner invites a member, who joins through the link in the mail", async ({
  people,
  as,
}) => {
  const owner = await people();
  const invitee = await people({ locale: "ar" });
  const name = `Réseau Climat ${word()}`;
  const id = await organisation(name, [{ account: owner, role: "OWNER" }]);

  const ownerPage = await as(owner, "fr");
  await ownerPage.goto(`/fr/my-space/organisations/${id}/members`);
  await ownerPage.getByLabel("Adresse e-mail").fill(invitee.email);
  await ownerPage.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(ownerPage.getByRole("status")).toContainText("L’invitation est envoyée.");
  await expect(ownerPage.getByText(invitee.email, { exact: true })).toBeVisible();

  const link = await linkSentTo(invitee.email);
  expect(link).toMatch(/^\/ar\/invitations\/accept\?token=/);
  const inviteePage = await as(invitee, "ar");
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("main")).toContainText(owner.email);
  expect(blockingProblems(await new AxeBuilder({ page: inviteePage }).analyze())).toEqual([]);
  await inviteePage.getByRole("button", { name: "الانضمام إلى الهيئة" }).click();

  await expect(inviteePage.getByRole("status")).toContainText("أصبحت الآن عضوًا في الهيئة");
  await expect(inviteePage.getByRole("region", { name })).toContainText("دورك: محرّر");
  await inviteePage.goto(link);
  await expect(inviteePage.getByText("استُعملت هذه الدعوة من قبل")).toBeVisible();
});

test("removing a member asks first, then takes them off the list", async ({ people, as }) => {
  const owner = await people();
  const editor = await people();
  const id = await organisation(`Collectif Oasis ${word()}`, [
    { account: owner, role: "OWNER" },
    { account: editor, role: "EDITOR" },
  ]);

  const page = await as(owner, "fr");
  await page.goto(`/fr/my-space/organisations/${id}/members`);
  const row = page.getByRole("listitem").filter({ hasText: editor.email });
  const disclosure = row.locator("summary");
  await expect(disclosure).toHaveAccessibleName(`Retirer ${editor.email} de l’organisation`);
  await disclosure.click();
  await expect(row).toContainText("n’aura plus accès aux brouillons");

  await row.getByRole("button", { name: "Oui, retirer" }).click();
  await expect(page.getByRole("status")).toContainText("Le membre est retiré.");
  await expect(row).toHaveCount(0);
});

test("an owner hands ownership over and stays on as an editor", async ({ people, as }) => {
  const owner = await people();
  const editor = await people();
  const name = `Coopérative Argan ${word()}`;
  const id = await organisation(name, [
    { account: owner, role: "OWNER" },
    { account: editor, role: "EDITOR" },
  ]);

  const page = await as(owner, "fr");
  await page.goto(`/fr/my-space/organisations/${id}/members`);
  await page.getByLabel("Nouveau propriétaire").selectOption({ label: editor.email });
  await page.getByLabel("Je comprends que je ne gérerai plus les membres.").check();
  await page.getByRole("button", { name: "Transmettre la propriété" }).click();

  await expect(page.getByRole("status")).toContainText("La propriété est transmise.");
  await expect(page.getByRole("region", { name })).toContainText("Votre rôle : éditeur");
  const response = await page.goto(`/fr/my-space/organisations/${id}/members`);
  expect(response?.status()).toBe(404);

  const newOwner = await as(editor, "fr");
  await newOwner.goto("/fr/my-space");
  await expect(newOwner.getByRole("region", { name })).toContainText("Votre rôle : propriétaire");
});

test("the members page answers 404 to editors and to members of other organisations", async ({
  people,
  as,
}) => {
  const owner = await people();
  const editor = await people();
  const outsider = await people();
  const id = await organisation(`Association ${word()}`, [
    { account: owner, role: "OWNER" },
    { account: editor, role: "EDITOR" },
  ]);
  await organisation(`Autre ${word()}`, [{ account: outsider, role: "OWNER" }]);

  for (const who of [editor, outsider]) {
    const page = await as(who, "fr");
    const response = await page.goto(`/fr/my-space/organisations/${id}/members`);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundTitle.fr);
  }
});

test("another organisation's initiative form answers the site's 404 in Arabic", async ({
  people,
  as,
}) => {
  const owner = await people();
  const outsider = await people({ locale: "ar" });
  const id = await organisation(`Association ${word()}`, [{ account: owner, role: "OWNER" }]);
  const draftId = await draftInitiative(id, `Brouillon ${word()}`);
  await organisation(`Autre ${word()}`, [{ account: outsider, role: "OWNER" }]);

  const page = await as(outsider, "ar");
  for (const path of [
    `/ar/my-space/initiatives/${draftId}/edit`,
    `/ar/my-space/initiatives/new?organisation=${id}`,
  ]) {
    const response = await page.goto(path);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundTitle.ar);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  }
});

test("the new-initiative form without an organisation leads to My space", async ({
  people,
  as,
}) => {
  const page = await as(await people(), "fr");

  await page.goto("/fr/my-space/initiatives/new");
  await expect.poll(() => new URL(page.url()).pathname).toBe("/fr/my-space");
});

for (const locale of ["fr", "ar"] as const) {
  test(`My space, the organisation form and the members page pass axe in ${locale}`, async ({
    people,
    as,
  }) => {
    const owner = await people({ locale });
    const editor = await people();
    const id = await organisation(`Association ${word()}`, [
      { account: owner, role: "OWNER" },
      { account: editor, role: "EDITOR" },
    ]);
    await draftInitiative(id, `Jardin partagé ${word()}`);
    const page = await as(owner, locale);

    for (const path of [
      "/my-space",
      "/my-space/organisations/new",
      `/my-space/organisations/${id}/edit`,
      `/my-space/organisations/${id}/members`,
    ]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);

      expect(blockingProblems(await new AxeBuilder({ page }).analyze()), path).toEqual([]);
    }
  });
}

test("a visitor who opens an invitation link signed out is told why to sign in", async ({
  page,
}) => {
  await page.goto("/ar/invitations/accept?token=not-signed-in-yet");

  await expect(page).toHaveURL(/\/ar\/sign-in\?next=/);
  await expect(page.getByRole("status")).toContainText("سجّل الدخول لقبول الدعوة");
});
