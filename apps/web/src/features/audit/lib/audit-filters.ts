import { AUDIT_ACTIONS, type AuditAction } from "@dossier/schema";

/**
 * The audit log's filters live in the URL (`/admin/audit?person=…&action=section.save&from=2025-03-01`),
 * so a filtered view can be linked to ("View activity" on the people page) and survives a reload.
 * Dates are whole days in the reader's time zone, both ends included.
 */
export type AuditFilters = {
  person: string | null;
  brief: string | null;
  action: AuditAction | null;
  from: string | null;
  to: string | null;
};

export const NO_AUDIT_FILTERS: AuditFilters = {
  person: null,
  brief: null,
  action: null,
  from: null,
  to: null,
};

export const AUDIT_PAGE_SIZE = 50;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/** Filters from the query string; anything malformed is ignored rather than sent to the server. */
export function parseAuditFilters(params: { get(name: string): string | null }): AuditFilters {
  const pick = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value && pattern.test(value) && (pattern !== DAY || dayStart(value) !== null) ? value : null;
  };
  const action = params.get("action");
  return {
    person: pick("person", ID),
    brief: pick("brief", ID),
    action: action && isAction(action) ? action : null,
    from: pick("from", DAY),
    to: pick("to", DAY),
  };
}

/** The query string for a set of filters ("" when none), in a stable order. */
export function auditFiltersToSearch(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of ["person", "brief", "action", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Local midnight at the start of a "YYYY-MM-DD" day, or null for a date that doesn't exist. */
function dayStart(day: string): Date | null {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** The last millisecond of a day: "to 3 March" includes everything on 3 March. */
function dayEnd(day: string): Date | null {
  const start = dayStart(day);
  return start && new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, 0, 0, 0, -1);
}

/** Why the filters can't be asked for, in the words the form shows; null when they can. */
export function auditFiltersProblem(filters: AuditFilters): string | null {
  if (filters.from && filters.to && filters.from > filters.to)
    return "The start date must be before the end date";
  return null;
}

/** The `audit.list` input for the filters (unset ones left out, so the query key is stable). */
export function auditInput(filters: AuditFilters) {
  const from = filters.from ? dayStart(filters.from) : null;
  const to = filters.to ? dayEnd(filters.to) : null;
  return {
    limit: AUDIT_PAGE_SIZE,
    ...(filters.person ? { actorId: filters.person } : {}),
    ...(filters.brief ? { briefId: filters.brief } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export const auditPageParam = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
};
