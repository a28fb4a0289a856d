/**
 * Signs this browser out and lands on the sign-in page of the host the user is on. next-auth's
 * own redirect resolves "/signin" against NEXTAUTH_URL, which sends someone who came in through
 * http://127.0.0.1:3000 to http://localhost:3000 — a different origin, where they look signed out
 * of nothing and lose their place. A relative navigation stays on the current host.
 */
export async function signOutHere(): Promise<void> {
  // Loaded when used: next-auth's client would otherwise ride along on every page of the app.
  const { signOut } = await import("next-auth/react");
  await signOut({ redirect: false });
  window.location.assign("/signin");
}
