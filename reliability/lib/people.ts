import { type Client, client, signIn } from "./client.ts";

export const DEMO_PASSWORD = "dossier-demo";
export const PASSWORD = "reliability-pass-1";

export type Person = { email: string; id: string; cookie: string; api: Client };

/**
 * Makes a person through the real invite flow (admin invites → the link's token is accepted →
 * sign in), so the suite needs no database access to set up its users.
 */
export async function invitePerson(
  admin: Client,
  email: string,
  role: "ADMIN" | "EDITOR" | "REVIEWER" | "VIEWER",
  name = email.split("@")[0] ?? "Someone",
): Promise<Person> {
  const created = (await admin.mutation("users.invites.create", { email, role })) as { link: string };
  const token = new URL(created.link).pathname.split("/").pop() ?? "";
  await client(admin.origin).mutation("users.invites.accept", { token, name, password: PASSWORD });
  return signInPerson(admin.origin, email, PASSWORD);
}

export async function signInPerson(origin: string, email: string, password = DEMO_PASSWORD): Promise<Person> {
  const cookie = await signIn(origin, email, password);
  const api = client(origin, cookie);
  const me = (await api.query("users.me")) as { id: string };
  return { email, id: me.id, cookie, api };
}

/** A run-unique tag for emails and names, so runs on a reused database don't collide. */
export const runTag = Date.now().toString(36);

/** A number in letters (a country name may hold only letters): 0 → "a", 27 → "bb"… */
export function letters(n: number | string): string {
  return String(n)
    .split("")
    .map((c) => (/[0-9]/.test(c) ? String.fromCharCode(97 + Number(c)) : c))
    .join("");
}
