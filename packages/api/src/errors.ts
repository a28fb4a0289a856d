import type { AppError, AppErrorCode } from "@dossier/core";
import { TRPCError } from "@trpc/server";

const codes: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** Keeps the AppError as `cause` so the error formatter can pass its data to the client. */
export const toTRPCError = (error: AppError) =>
  new TRPCError({ code: codes[error.code], message: error.message, cause: error });
