import {
  BRIEF_LIST_STATUSES,
  BRIEF_SORTS,
  type BriefListStatus,
  type BriefSort,
  DEFAULT_SORT_DIRECTION,
} from "@dossier/schema";

/**
 * The dashboard's filters and sort live in the URL (`/?q=mali&status=IN_REVIEW&mine=1&sort=filled`),
 * so a view can be linked to and survives a reload. Defaults are left out of the URL.
 */
export type DashboardFilters = {
  search: string;
  status: BriefListStatus | null;
  mine: boolean;
  archived: boolean;
  sort: BriefSort;
  dir: "asc" | "desc";
};

export const NO_DASHBOARD_FILTERS: DashboardFilters = {
  search: "",
  status: null,
  mine: false,
  archived: false,
  sort: "lastEdited",
  dir: DEFAULT_SORT_DIRECTION.lastEdited,
};

export const DASHBOARD_PAGE_SIZE = 25;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Filters from the query string; anything malformed falls back to the default. */
export function parseDashboardFilters(params: { get(name: string): string | null }): DashboardFilters {
  const sort = oneOf(BRIEF_SORTS, params.get("sort")) ?? "lastEdited";
  return {
    search: (params.get("q") ?? "").slice(0, 100),
    status: oneOf(BRIEF_LIST_STATUSES, params.get("status")),
    mine: params.get("mine") === "1",
    archived: params.get("archived") === "1",
    sort,
    dir: oneOf(["asc", "desc"] as const, params.get("dir")) ?? DEFAULT_SORT_DIRECTION[sort],
  };
}

/** The query string for a set of filters ("" for the default view), in a stable order. */
export function dashboardFiltersToSearch(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set("q", filters.search);
  if (filters.status) params.set("status", filters.status);
  if (filters.mine) params.set("mine", "1");
  if (filters.archived) params.set("archived", "1");
  if (filters.sort !== "lastEdited") params.set("sort", filters.sort);
  if (filters.dir !== DEFAULT_SORT_DIRECTION[filters.sort]) params.set("dir", filters.dir);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Whether anything narrows the list (the empty state then offers to clear the filters). */
export const isFiltered = (f: DashboardFilters) =>
  f.search.trim() !== "" || f.status !== null || f.mine || f.archived;

/** Clicking a column header: sort by it in its natural direction, or flip it if it already is. */
export function toggleSort(filters: DashboardFilters, sort: BriefSort): DashboardFilters {
  if (filters.sort !== sort) return { ...filters, sort, dir: DEFAULT_SORT_DIRECTION[sort] };
  return { ...filters, dir: filters.dir === "asc" ? "desc" : "asc" };
}

/**
 * The `briefs.list` input for the filters (defaults left out, so the browser's query and the
 * server's prefetch build the same key).
 */
export function dashboardInput(filters: DashboardFilters) {
  const search = filters.search.trim();
  return {
    limit: DASHBOARD_PAGE_SIZE,
    sort: filters.sort,
    dir: filters.dir,
    ...(search ? { search } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.archived ? { includeArchived: true } : {}),
  };
}

export const dashboardPageParam = {
  getNextPageParam: <C>(page: { nextCursor: C | null }) => page.nextCursor ?? undefined,
};

export type DashboardView = "briefs" | "work";

/** `?view=work` opens My work; anything else is the table of briefs. */
export const dashboardView = (params: { get(name: string): string | null }): DashboardView =>
  params.get("view") === "work" ? "work" : "briefs";
