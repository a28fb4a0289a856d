import { describe, expect, it } from "vitest";
import {
  dashboardFiltersToSearch,
  NO_DASHBOARD_FILTERS,
  parseDashboardFilters,
  toggleSort,
} from "./dashboard-filters.ts";

const parse = (query: string) => parseDashboardFilters(new URLSearchParams(query));

describe("dashboard filters in the URL", () => {
  it("round-trips every filter and leaves defaults out", () => {
    expect(dashboardFiltersToSearch(NO_DASHBOARD_FILTERS)).toBe("");
    const query = "?q=mali&status=IN_REVIEW&mine=1&archived=1&sort=filled&dir=asc";
    expect(dashboardFiltersToSearch(parse(query))).toBe(query);
  });

  it("ignores malformed values", () => {
    expect(parse("status=GONE&sort=nope&dir=up&mine=yes")).toEqual(NO_DASHBOARD_FILTERS);
  });

  it("sorts a new column in its natural direction and flips the current one", () => {
    const byCountry = toggleSort(NO_DASHBOARD_FILTERS, "country");
    expect(byCountry).toMatchObject({ sort: "country", dir: "asc" });
    expect(toggleSort(byCountry, "country")).toMatchObject({ sort: "country", dir: "desc" });
    expect(toggleSort(NO_DASHBOARD_FILTERS, "lastEdited")).toMatchObject({ dir: "asc" });
  });
});
