import type { CreateBriefInput } from "@dossier/schema";
import { canCreateBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors.ts";
import { insertBrief } from "./insert-brief.ts";

/** Creates a brief with every section of the template, empty, and makes the creator an editor of it. */
export async function createBrief(db: Db, actor: Actor, input: CreateBriefInput): Promise<{ id: string }> {
  if (!canCreateBrief(actor.role))
    throw new AppError("FORBIDDEN", "Only admins and editors can create briefs");
  return db.$transaction(async (tx) => {
    const { id, title } = await insertBrief(tx, actor, { country: input.country });
    await recordAudit(tx, actor, {
      action: "brief.create",
      briefId: id,
      data: { country: input.country, title },
    });
    return { id };
  });
}
