import { getPrisma } from "@dossier/db";

/** The app's one Prisma client, over DATABASE_URL. */
export const db = getPrisma();
