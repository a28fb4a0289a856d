import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/server/auth.ts";

/** The signed-in user, read once per request however many server components ask. */
export const currentActor = cache(getActor);

/** The signed-in user, or a redirect to /signin that brings them back to `returnTo` afterwards. */
export async function requireActor(returnTo: string) {
  const actor = await currentActor();
  if (!actor) redirect(returnTo === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * An admin, or the admin pages' 404 ("for admins only") for anyone else: a page a non-admin can't
 * use doesn't admit it exists. The procedures behind it refuse non-admins anyway.
 */
export async function requireAdmin(returnTo: string) {
  const actor = await requireActor(returnTo);
  if (actor.role !== "ADMIN") notFound();
  return actor;
}
