"use client";

import { AlertCircle, RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Link } from "@/components/ui/link.tsx";
import { cn } from "@/lib/utils.ts";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";

/** A calm, inline failure with the reason and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
  className,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}) {
  const signedOut = isTRPCClientError(error) && error.data?.code === "UNAUTHORIZED";
  return (
    <div
      role="alert"
      className={cn("rounded-xl border border-neutral-200 bg-neutral-50 px-6 py-8 text-center", className)}
    >
      <AlertCircle aria-hidden className="mx-auto mb-3 size-5 text-neutral-400" />
      <h2 className="text-sm font-semibold text-neutral-900">{title}</h2>
      <p className="mt-1 text-sm text-neutral-500">{errorMessage(error)}</p>
      {signedOut ? (
        <Button asChild variant="secondary" size="sm" className="mt-4">
          <Link href="/signin">Sign in again</Link>
        </Button>
      ) : onRetry ? (
        <Button variant="secondary" size="sm" className="mt-4" onClick={onRetry} disabled={retrying}>
          <RotateCw aria-hidden className={cn(retrying && "animate-spin")} />
          Try again
        </Button>
      ) : null}
    </div>
  );
}

/** A query that failed, with "Try again" refetching it. */
export function QueryError({
  title,
  query,
  className,
}: {
  title: string;
  query: { error: unknown; refetch: () => unknown; isFetching: boolean };
  className?: string;
}) {
  return (
    <ErrorState
      title={title}
      error={query.error}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
      className={className}
    />
  );
}

/** A failed action's reason, in one line where the action was. */
export function ErrorText({ error, className }: { error: unknown; className?: string }) {
  return (
    <p role="alert" className={cn("text-danger", className)}>
      {errorMessage(error)}
    </p>
  );
}
