import { randomBytes } from "node:crypto";
import { type Actor, isAppError, loadActor, verifyCredentials } from "@dossier/core";
import type { NextRequest } from "next/server";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "./client-ip.ts";
import { db } from "./db.ts";

export const authOptions: NextAuthOptions = {
  // Credentials sign-in requires JWT sessions; the user row is re-read on every request
  // (getActor below), so a deactivated account loses access immediately.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        try {
          const actor = await verifyCredentials(db, credentials, clientIp(req?.headers));
          return { id: actor.id, email: actor.email, name: actor.name };
        } catch (error) {
          // next-auth passes the thrown message to the sign-in page as `error`: ours, never a
          // database's (an outage must not show its connection details on the sign-in page).
          if (isAppError(error)) throw new Error(error.message);
          const errorId = randomBytes(6).toString("hex");
          console.error(`[error ${errorId}] sign-in failed`, error);
          throw new Error(`Sign-in is unavailable right now. Try again in a moment (error ${errorId}).`);
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
      return session;
    },
  },
};

/** The signed-in, active user for this request, or null. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user ? (session.user as { id?: string }).id : undefined;
  return userId ? loadActor(db, userId) : null;
}

/**
 * The same, for API requests: reads the session JWT straight from the request cookie. Cheaper
 * than getServerSession (which also re-encrypts the token to extend the cookie) on the hot path
 * of every tRPC call; pages keep using getActor, which renews the session.
 */
export async function getActorFromRequest(req: NextRequest): Promise<Actor | null> {
  const token = await getToken({ req });
  return token?.sub ? loadActor(db, token.sub) : null;
}
