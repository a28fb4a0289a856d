import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ThemeScript } from "@/features/theme/index.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dossier", template: "%s · Dossier" },
  description: "Write, version and review country strategy briefs.",
};

// The browser's own chrome follows the system; the page follows the person's setting too.
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" }, // the dark --color-white, oklch(0.18 0 0)
  ],
};

/**
 * The client-side data layer (tRPC, TanStack Query, tooltips: components/providers.tsx) is
 * mounted by the layouts that need it, not here: the sign-in page downloads none of it.
 *
 * Every page renders per request (none is prerendered at build): the Content-Security-Policy's
 * nonce (src/proxy.ts) is new for each response, and Next can only put it on scripts it renders then.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // suppressHydrationWarning: the theme script sets <html>'s class before React hydrates it.
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
