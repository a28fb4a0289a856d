import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers.tsx";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dossier", template: "%s · Dossier" },
  description: "Write, version and review country strategy briefs.",
};

export const viewport: Viewport = { themeColor: "#ffffff" };

/**
 * Every page renders per request (none is prerendered at build): the Content-Security-Policy's
 * nonce (src/proxy.ts) is new for each response, and Next can only put it on scripts it renders then.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
