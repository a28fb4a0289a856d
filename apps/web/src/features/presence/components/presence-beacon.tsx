"use client";

import { useOpenEditor } from "@/features/editor/index.ts";
import { useEditingState, usePresenceHeartbeat } from "../hooks/use-presence.ts";

/** Tells the others this tab is on the section, and editing while its editor is in use. Renders nothing. */
export function PresenceBeacon({ sectionId }: { sectionId: string }) {
  const editing = useEditingState(useOpenEditor(sectionId)?.editor ?? null);
  usePresenceHeartbeat(sectionId, editing);
  return null;
}
