import { saveConflictDataSchema } from "@dossier/schema";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import { CONFLICT_MESSAGE, type SaveFailure } from "./autosave-state.ts";

export const IN_DOUBT_MESSAGE = "The connection broke before the save was confirmed. Checking again…";

/**
 * What a failed save means for autosave: a conflict (with the server's CONFLICT data, parsed by
 * its schema), a refusal that retrying won't change, or a transient failure worth retrying.
 */
export function classifySaveError(error: unknown): SaveFailure {
  if (isTRPCClientError(error) && error.data) {
    if (error.data.code === "CONFLICT") {
      const data = saveConflictDataSchema.safeParse(error.data.appData);
      return { kind: "conflict", message: CONFLICT_MESSAGE, conflict: data.success ? data.data : undefined };
    }
    if (error.data.httpStatus < 500) return { kind: "rejected", message: errorMessage(error) };
    // The database connection broke after the save was sent: it may be stored. Retrying is safe
    // (the server answers a text that is already current with its revision, writing nothing).
    if (error.data.inDoubt) return { kind: "transient", message: IN_DOUBT_MESSAGE };
  }
  return { kind: "transient", message: errorMessage(error) };
}
