import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { auth } from "./auth";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  locale: "fr" | "ar" | "en";
  role: "MEMBER" | "MODERATOR" | "ADMIN";
  emailVerified: boolean;
};

/**
 * The signed-in user, read fresh from the database, or null. A session whose
 * version is older than the account's (password or email changed since) is
 * treated as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;

  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      role: true,
      emailVerifiedAt: true,
      sessionVersion: true,
    },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;

  const { emailVerifiedAt, sessionVersion: _version, ...rest } = user;

  return { ...rest, emailVerified: emailVerifiedAt !== null };
});
