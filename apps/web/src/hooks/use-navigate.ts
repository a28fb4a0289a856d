"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { useReportPendingNavigation } from "./use-pending-navigation.ts";

/**
 * `router.push` that shows the navigation bar until the next page is on screen (links do so by
 * themselves). The transition lives in the calling component, so call this from one that stays
 * mounted while the page changes (not from inside a dialog that closes first).
 */
export function useNavigate(): (href: string) => void {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  useReportPendingNavigation(isPending);
  return useCallback((href: string) => startTransition(() => router.push(href)), [router]);
}
