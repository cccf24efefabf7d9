// `npm run admin:create -- EMAIL`: makes an existing account an admin, which
// is how a new site gets its first one. Run through with-database.mjs.
import { db } from "@/lib/db/client";
import { promoteToAdmin } from "@/lib/roles/promote-admin";
import { siteUrl } from "@/lib/site-url";

async function main(): Promise<number> {
  const email = process.argv[2]?.trim();
  if (!email) {
    console.error("Usage: npm run admin:create -- EMAIL (the address of an existing account)");

    return 2;
  }

  const outcome = await promoteToAdmin(email);
  if (outcome === "unknownEmail") {
    console.error(
      `No account uses ${email}. Create it on the sign-up page (${siteUrl()}/fr/sign-up), ` +
        "then run this command again.",
    );

    return 1;
  }
  if (outcome === "unverified") {
    console.error(
      `${email} has not confirmed its address yet. Open the link in the mail sent at sign-up ` +
        "(or ask for a new one on the account page), then run this command again.",
    );

    return 1;
  }
  if (outcome === "alreadyAdmin") {
    console.log(`${email} is already an admin; nothing changed.`);

    return 0;
  }
  console.log(
    `${email} is now an admin. Once signed in, appoint moderators at ` +
      `${siteUrl()}/fr/admin/moderators.`,
  );

  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
