"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";
import {
  AUDIT_PAGE_SIZE,
  type AuditFilters,
  auditFiltersProblem,
  auditInput,
  auditPageParam,
} from "./lib/audit-filters.ts";

/**
 * The audit log, newest first, in keyset pages. Every mutation anywhere adds to it, so rather than
 * have them all invalidate it, it is always refetched when opened (staleTime 0).
 */
export function useAuditLog(filters: AuditFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(auditInput(filters), auditPageParam),
    enabled: auditFiltersProblem(filters) === null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A brief's activity feed (its editors and admins), newest first; fresh whenever opened. */
export function useBriefActivity(briefId: string, { enabled = true } = {}) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.audit.forBrief.infiniteQueryOptions({ briefId, limit: AUDIT_PAGE_SIZE }, auditPageParam),
    enabled,
    staleTime: 0,
  });
}
