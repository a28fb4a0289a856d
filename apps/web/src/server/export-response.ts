import { type AppErrorCode, exportBrief, isAppError } from "@dossier/core";
import { exportBriefSchema } from "@dossier/schema";
import type { NextRequest } from "next/server";
import { db } from "./db.ts";
import { actorFromHeaders } from "./session-actor.ts";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

// The print view is our own HTML from escaped text; this policy is the second lock on that door:
// no script, no remote resource, no framing, no form, whatever the page contains.
const PRINT_VIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const problem = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The download for GET /api/briefs/:briefId/export/(markdown|print|pdf|docx)[?version=<versionId>] — the brief,
 * or a named version of it, as a file. Anyone who may read the brief may export it; others get
 * 404 as if it did not exist, signed-out callers 401.
 */
export async function exportResponse(
  req: NextRequest,
  { briefId, format }: { briefId: string; format: string },
): Promise<Response> {
  const actor = await actorFromHeaders(req.headers);
  if (!actor) return problem(401, "Sign in to continue");
  const input = exportBriefSchema.safeParse({
    briefId,
    format,
    versionId: req.nextUrl.searchParams.get("version") || null,
  });
  if (!input.success) return problem(404, "No such export");
  try {
    const file = await exportBrief(db, actor, input.data);
    const headers: Record<string, string> = {
      "Content-Type": file.contentType,
      "Content-Disposition": `${file.inline ? "inline" : "attachment"}; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    };
    if (input.data.format === "print") headers["Content-Security-Policy"] = PRINT_VIEW_CSP;
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, { status: 200, headers });
  } catch (error) {
    if (isAppError(error)) return problem(STATUS[error.code], error.message);
    console.error(`export ${format} of brief ${briefId} failed`, error);
    return problem(500, "The export failed; try again");
  }
}
