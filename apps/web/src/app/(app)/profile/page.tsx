import type { Metadata } from "next";
import { ProfilePage } from "@/features/account/index.ts";
import { requireActor } from "@/lib/session.ts";

export const metadata: Metadata = { title: "Profile" };

/** Everyone's own account page (the app layout already put `users.me` in the cache). */
export default async function ProfileRoute() {
  await requireActor("/profile");
  return <ProfilePage />;
}
