"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button.tsx";
import { PageMessage } from "./page-message.tsx";

/** What error.tsx files render: a calm apology, a retry, and a way home. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageMessage
      title="Something went wrong"
      actions={
        <>
          <Button variant="secondary" onClick={reset}>
            Try again
          </Button>
          <Button asChild variant="ghost">
            <Link href="/">Back to briefs</Link>
          </Button>
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
