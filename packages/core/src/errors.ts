/** The one error type services throw. The API layer maps `code` to a tRPC/HTTP code. */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  /** A dependency outside the app is missing (e.g. no Chromium for PDF export): 503. */
  | "SERVICE_UNAVAILABLE";

export class AppError<TData extends Record<string, unknown> = Record<string, unknown>> extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Safe, structured details for the client (e.g. the current revision on a conflict). */
    readonly data?: TData,
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
