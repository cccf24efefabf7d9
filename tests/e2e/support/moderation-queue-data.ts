import { randomUUID } from "node:crypto";
import pg from "pg";
import { createAccount, type Locale } from "./accounts";
import { withDb } from "./db";
import { purgePublicCache } from "./public-cache";

// A moderator of Drâa-Tafilalet (MA-08) and a small mixed queue, written
// straight into the test database, as the other support files do.

type Translation = { locale: Locale; title: string; summary: string; description: string };

type Item = { status: string; region: string; translations: Translation[]; submittedAt: Date };

const HOUR = 60 * 60 * 1000;

async function insertInitiative(client: pg.Client, organisationId: string, item: Item) {
  const id = `e2e-${randomUUID()}`;
  const published = item.status === "PUBLISHED" ? new Date(Date.now() - 30 * 24 * HOUR) : null;
  await client.query(
    `INSERT INTO "Initiative" (id, slug, "organisationId", status, "originalLocale", "regionCode",
       city, "startDate", "submittedAt", "publishedAt", "updatedAt")
     VALUES ($1, $1, $2, $3, $4, $5, 'Errachidia', '2026-03-21', $6, $7, now())`,
    [
      id,
      organisationId,
      item.status,
      item.translations[0]?.locale,
      item.region,
      item.submittedAt,
      published,
    ],
  );
  await client.query(
    `INSERT INTO "InitiativeRegion" ("initiativeId", "regionCode", "updatedAt")
     VALUES ($1, $2, now())`,
    [id, item.region],
  );
  await client.query(
    `INSERT INTO "InitiativeTheme" ("initiativeId", "themeSlug", "isPrimary", "updatedAt")
     VALUES ($1, 'water', true, now())`,
    [id],
  );
  for (const t of item.translations) {
    await client.query(
      `INSERT INTO "InitiativeTranslation" ("initiativeId", locale, title, summary, description,
         "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [id, t.locale, t.title, t.summary, t.description],
    );
  }

  return id;
}

function proposedEdit(title: string, titleInArabic: string) {
  return {
    originalLocale: "fr",
    translations: [
      {
        locale: "fr",
        title: `${title} du ksar`,
        summary: "Des fours solaires partagés.",
        description: "Chaque famille cuit son pain au soleil, sans bois.",
      },
      {
        locale: "ar",
        title: titleInArabic,
        summary: "أفران شمسية مشتركة.",
        description: "تطبخ كل أسرة خبزها بالشمس.",
      },
    ],
    regionCode: "MA-08",
    regionCodes: ["MA-08"],
    city: "Errachidia",
    themeSlugs: ["water", "energy"],
    startDate: "2026-03-21",
    endDate: null,
    links: [{ url: "https://fours.example.ma", kind: "WEBSITE" }],
    images: [],
  };
}

/** A moderator of one region, with a submission, an edit and a report there, and one elsewhere. */
export async function moderatorWithQueue(locale: Locale, word: string) {
  const moderator = await createAccount({ locale });
  const decider = `e2e-decider-${randomUUID()}`;
  const organisationId = `e2e-org-${randomUUID()}`;
  const titles = {
    submission: `Oasis propre ${word}`,
    submissionInArabic: `واحة نظيفة ${word}`,
    edit: `Four solaire ${word}`,
    editInArabic: `أفران شمسية ${word}`,
    report: `Palmeraie ${word}`,
    elsewhere: `Plage du nord ${word}`,
  };
  const texts = (title: string): Translation[] => [
    { locale: "fr", title, summary: "Un résumé.", description: "Une description." },
  ];

  const ids = await withDb(async (client) => {
    await client.query(`UPDATE "User" SET role = 'MODERATOR' WHERE email = $1`, [moderator.email]);
    await client.query(
      `INSERT INTO "ModeratorRegion" ("userId", "regionCode", "updatedAt")
       SELECT id, 'MA-08', now() FROM "User" WHERE email = $1`,
      [moderator.email],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
       VALUES ($1, $2, 'Salma Idrissi', 'MODERATOR', now())`,
      [decider, `${decider}@example.org`],
    );
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, "originalLocale", kind, "regionCode", city,
         "updatedAt") VALUES ($1, $1, $2, 'fr', 'ASSOCIATION', 'MA-08', 'Errachidia', now())`,
      [organisationId, `Association Tafilalet ${word}`],
    );
    const now = Date.now();
    const submission = await insertInitiative(client, organisationId, {
      status: "PENDING_REVIEW",
      region: "MA-08",
      translations: [
        ...texts(titles.submission),
        { locale: "ar", title: titles.submissionInArabic, summary: "ملخص.", description: "وصف." },
      ],
      submittedAt: new Date(now - 72 * HOUR),
    });
    const edit = await insertInitiative(client, organisationId, {
      status: "PUBLISHED",
      region: "MA-08",
      translations: texts(titles.edit),
      submittedAt: new Date(now - 40 * 24 * HOUR),
    });
    await client.query(
      `INSERT INTO "InitiativeRevision" (id, "initiativeId", number, status, content, "submittedAt",
         "updatedAt") VALUES ($1, $2, 1, 'PENDING_REVIEW', $3, $4, now())`,
      [
        `e2e-${randomUUID()}`,
        edit,
        JSON.stringify(proposedEdit(titles.edit, titles.editInArabic)),
        new Date(now - 2 * HOUR),
      ],
    );
    const report = await insertInitiative(client, organisationId, {
      status: "PUBLISHED",
      region: "MA-08",
      translations: texts(titles.report),
      submittedAt: new Date(now - 60 * 24 * HOUR),
    });
    for (const [text, lang] of [
      ["Le site ne répond plus.", "fr"],
      ["الموقع لا يعمل.", "ar"],
    ]) {
      await client.query(
        `INSERT INTO "Report" (id, "initiativeId", "reasonCode", text, locale, "createdAt",
           "updatedAt") VALUES ($1, $2, 'outdated', $3, $4, $5, now())`,
        [`e2e-${randomUUID()}`, report, text, lang, new Date(now - 5 * HOUR)],
      );
    }
    const elsewhere = await insertInitiative(client, organisationId, {
      status: "PENDING_REVIEW",
      region: "MA-01",
      translations: texts(titles.elsewhere),
      submittedAt: new Date(now - 80 * HOUR),
    });
    await client.query(
      `INSERT INTO "ModerationDecision" (id, "initiativeId", "moderatorId", action, "fromStatus",
         "toStatus", message, "submittedAt") VALUES ($1, $2, $3, 'APPROVE', 'PENDING_REVIEW',
         'PUBLISHED', 'Merci, tout est clair.', $4)`,
      [`e2e-${randomUUID()}`, edit, decider, new Date(now - 40 * 24 * HOUR)],
    );

    return { submission, edit, report, elsewhere };
  });
  await purgePublicCache();

  return { ...moderator, organisationId, ids, titles };
}

// Decisions are append-only and keep their initiative: that one is archived
// (out of every public page and of the queue), the rest deleted.
export async function removeQueue(organisationId: string, email: string) {
  await withDb(async (client) => {
    await client.query(`UPDATE "Initiative" SET status = 'ARCHIVED' WHERE "organisationId" = $1`, [
      organisationId,
    ]);
    await client.query(
      `DELETE FROM "Initiative" i WHERE "organisationId" = $1
         AND NOT EXISTS (SELECT 1 FROM "ModerationDecision" d WHERE d."initiativeId" = i.id)`,
      [organisationId],
    );
    await client.query('DELETE FROM "User" WHERE email = $1', [email]);
  });
  await purgePublicCache();
}
