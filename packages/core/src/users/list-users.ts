import type { Prisma } from "@dossier/db";
import type { ListUsersInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";

export function assertAdmin(actor: Actor, what: string): void {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", `Only admins can ${what}`);
}

/**
 * The admin's people list: search by name or email, filter by role and status, in pages ordered
 * by name (keyset: Prisma's cursor continues after the last user of the previous page).
 */
export async function listUsers(db: Db, actor: Actor, input: ListUsersInput) {
  assertAdmin(actor, "list users");
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.status ? { deactivated: input.status === "DEACTIVATED" } : {}),
    ...(input.search
      ? {
          OR: [
            { name: { contains: input.search, mode: "insensitive" } },
            { email: { contains: input.search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const rows = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      deactivated: true,
      lastSignInAt: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(({ deactivated, ...u }) => ({
      ...u,
      status: deactivated ? ("DEACTIVATED" as const) : ("ACTIVE" as const),
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
