import type { DbClient as DbClientType, Db as DbType, OrgRole } from "@dossier/db";

/** The signed-in person a service acts for. Loaded fresh per request, so deactivation bites at once. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: OrgRole;
  /** The session this request came with (absent for scripts and tests): "end my other sessions". */
  sessionId?: string;
  /** The request's client address, recorded on audit events. */
  ip?: string | null;
};

/** What a request tells services besides who is asking: used where there is no actor yet. */
export type RequestMeta = {
  ip: string | null;
  /** The app's public base URL, for links in invites (NEXTAUTH_URL, never a request header). */
  appUrl: string;
};

/** Services take the client explicitly: the API passes its singleton, tests pass a fresh database. */
export type Db = DbType;
/** What read helpers need: the client itself or an open transaction. */
export type DbClient = DbClientType;

/**
 * Returns the active user with this id, or null when unknown or deactivated. Requests load their
 * actor through their session instead (loadSessionActor, auth/sessions.ts); this is for scripts.
 */
export async function loadActor(db: DbClient, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, deactivated: true },
  });
  if (!user || user.deactivated) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
