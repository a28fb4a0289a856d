"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: no providers, plain markup. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col items-center justify-center px-6 text-center">
        <h1 className="text-lg font-semibold">Something went wrong</h1>
        <p className="mt-2 text-sm text-neutral-500">Dossier couldn't load. Your saved work is safe.</p>
        <button
          type="button"
          onClick={reset}
          className="mt-6 h-8 rounded-md border border-neutral-200 px-3 text-sm font-medium hover:bg-neutral-50"
        >
          Try again
        </button>
      </body>
    </html>
  );
}
