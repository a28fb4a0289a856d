import type { ReactNode } from "react";
import { TopBar } from "@/components/shell/top-bar.tsx";
import { currentActor } from "@/lib/session.ts";

// Every page here depends on who is signed in.
export const dynamic = "force-dynamic";

/**
 * The signed-in app shell. Pages redirect anonymous visitors themselves (they know their own
 * URL, so sign-in can bring people back); this layout only draws the chrome.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    <>
      {actor ? <TopBar actor={actor} /> : null}
      {children}
    </>
  );
}
