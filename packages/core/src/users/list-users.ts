import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";

export async function listUsers(db: Db, actor: Actor) {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can list users");
  return db.user.findMany({
    orderBy: { name: "asc" },
    select: { id: true, email: true, name: true, role: true, deactivated: true, createdAt: true },
  });
}
