"use client";

import { useLiveBriefConnection } from "../hooks/use-live-brief.ts";

/** Keeps every view of the brief current (see use-live-brief.ts). Renders nothing. */
export function LiveBriefUpdates({ briefId }: { briefId: string }) {
  useLiveBriefConnection(briefId);
  return null;
}
