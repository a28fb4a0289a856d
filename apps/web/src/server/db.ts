import { type Db, getPrisma } from "@dossier/db";

/**
 * The app's one Prisma client, over DATABASE_URL. Created on first use rather than at import,
 * so `next build` (which imports route modules) needs no database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
