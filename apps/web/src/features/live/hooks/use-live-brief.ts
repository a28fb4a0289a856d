"use client";

import { useSetAtom } from "jotai";
import { useLiveBriefStream } from "../queries.ts";
import { liveEventAtom } from "../state.ts";

/**
 * Live updates for everything on a brief come through ONE server-sent-event stream
 * (`live.brief`: revisions, threads and presence of all its sections), opened once by the brief
 * layout. Each event refreshes the queries it affects (queries.ts) and is handed to in-tab
 * subscribers (the open section's editor) through `liveEventAtom`. One stream per brief, not one
 * per section plus one per panel, keeps the browser's six-connections-per-host budget free for
 * ordinary requests.
 */
export function useLiveBriefConnection(briefId: string) {
  const publish = useSetAtom(liveEventAtom);
  useLiveBriefStream(briefId, publish);
}
