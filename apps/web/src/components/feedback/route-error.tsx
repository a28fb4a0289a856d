"use client";

import { useEffect } from "react";
import { buttonStyles } from "@/components/ui/styles.ts";
import { PageMessage } from "./page-message.tsx";

/**
 * What error.tsx files render: a calm apology, a retry, and a way home. The root boundary comes
 * with every page, the sign-in page too, so this uses plain elements (components/ui/styles.ts).
 * The way home is a full page load on purpose: it leaves whatever state broke the page behind.
 */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageMessage
      title="Something went wrong"
      actions={
        <>
          <button type="button" className={buttonStyles("secondary")} onClick={reset}>
            Try again
          </button>
          <a href="/" className={buttonStyles("ghost")}>
            Back to briefs
          </a>
        </>
      }
    >
      This page couldn't be shown. Your saved work is safe; try again in a moment.
      {error.digest ? (
        <span className="mt-2 block text-xs text-neutral-400">Reference: {error.digest}</span>
      ) : null}
    </PageMessage>
  );
}
