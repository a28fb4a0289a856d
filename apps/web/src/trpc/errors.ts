import type { AppRouter } from "@dossier/api";
import { TRPCClientError } from "@trpc/client";

export type AppClientError = TRPCClientError<AppRouter>;

export const isTRPCClientError = (error: unknown): error is AppClientError =>
  error instanceof TRPCClientError;

/** A message fit to show a person: the server's words for 4xx, a calm fallback otherwise. */
export function errorMessage(error: unknown): string {
  if (isTRPCClientError(error)) {
    if (error.data?.zodIssues?.length) return error.data.zodIssues[0]?.message ?? error.message;
    if ((error.data?.httpStatus ?? 500) < 500) return error.message;
    if (!error.data) return "Can't reach the server. Check your connection.";
  }
  return "Something went wrong on our side. Try again.";
}

/** The server found no such thing (or none the reader may see): asking again won't change that. */
export const isNotFound = (error: unknown): boolean =>
  isTRPCClientError(error) && error.data?.code === "NOT_FOUND";
