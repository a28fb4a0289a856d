import { saveConflictDataSchema } from "@dossier/schema";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import { CONFLICT_MESSAGE, type SaveFailure } from "./autosave-state.ts";

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
  }
  return { kind: "transient", message: errorMessage(error) };
}
