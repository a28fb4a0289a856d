import { randomBytes } from "node:crypto";
import { type Actor, endSession, isAppError, SESSION_LIFETIME, signIn } from "@dossier/core";
import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "./client-ip.ts";
import { db } from "./db.ts";
import { actorFromHeaders, sessionIdOf } from "./session-actor.ts";

export const authOptions: NextAuthOptions = {
  // Credentials sign-in requires JWT sessions. The JWT only names a Session row (`sid`): every
  // request loads the actor through that row (loadSessionActor), so signing out, role changes and
  // deactivation end sessions at once, copied cookies included. The cookie lives as long as a
  // session can; the row enforces the idle timeout and the absolute limit (auth/sessions.ts).
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME.absoluteMs / 1000 },
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
          const userAgent = req?.headers?.["user-agent"];
          const { actor, sessionId } = await signIn(db, credentials, {
            ip: clientIp(req?.headers),
            userAgent: typeof userAgent === "string" ? userAgent : null,
          });
          return { id: actor.id, email: actor.email, name: actor.name, sid: sessionId };
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
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
      return session;
    },
  },
  events: {
    // Plain sign-out ends this session only: its row goes, so a copy of the cookie stops working.
    async signOut({ token }) {
      const sid = sessionIdOf(token);
      if (sid) await endSession(db, sid);
    },
  },
};

/** The signed-in, active user for this page render, or null (signed out, or the session ended). */
export async function getActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}
