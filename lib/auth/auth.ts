import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { checkCredentials } from "@/lib/accounts/credentials";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/rate-limit/client-ip";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // The site runs behind its own `next start` or a proxy that sets the host.
  trustHost: true,
  // Secure cookies whenever the site is served for real; browsers accept them
  // on http://localhost too, which the tests use.
  useSecureCookies: env.NODE_ENV === "production",
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/fr/sign-in", error: "/fr/sign-in" },
  // Auth.js prints a stack trace for every refused password. A refusal is an
  // ordinary answer (lib/accounts/credentials.ts logs bursts); anything else
  // goes to the one logger, as JSON.
  logger: {
    error(error) {
      if ("type" in error && error.type === "CredentialsSignin") return;

      log.error({ err: error }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const result = await checkCredentials(email, password, clientIp(await headers()));

        if (result.ok) {
          const { id, email: address, sessionVersion } = result.user;

          return { id, email: address, sessionVersion };
        }
        if (result.reason === "rateLimited") throw new RateLimited();

        return null;
      },
    }),
  ],
  callbacks: {
    // The token carries the user's id and session version only; role and
    // memberships are read from the database on each private request, where
    // an outdated version (password changed elsewhere) ends the session.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
      }

      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sessionVersion ?? 0;

      return session;
    },
  },
});
