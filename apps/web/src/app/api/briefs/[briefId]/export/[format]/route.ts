import type { NextRequest } from "next/server";
import { exportResponse } from "@/server/export-response.ts";

// PDF rendering drives Chromium through playwright-core: Node only, never cached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/briefs/:briefId/export/(markdown|print|pdf|docx)[?version=<versionId>]: see server/export-response.ts. */
export async function GET(
  req: NextRequest,
  context: { params: Promise<{ briefId: string; format: string }> },
) {
  return exportResponse(req, await context.params);
}
