import type { OrgRoleName } from "@dossier/schema";

export type UserFilters = {
  search: string;
  role: OrgRoleName | null;
  status: "ACTIVE" | "DEACTIVATED" | null;
};

export const NO_USER_FILTERS: UserFilters = { search: "", role: null, status: null };

const USERS_PAGE_SIZE = 50;

/**
 * The `users.list` input for a set of filters. Shared by the browser query and the page's server
 * prefetch, so both build the same query key (unset filters are left out, not sent as null).
 */
export function usersInput(filters: UserFilters) {
  const search = filters.search.trim();
  return {
    limit: USERS_PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

export const usersPageParam = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
};
