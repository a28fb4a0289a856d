import { describe, expect, it } from "vitest";
import {
  auditFiltersProblem,
  auditFiltersToSearch,
  auditInput,
  NO_AUDIT_FILTERS,
  parseAuditFilters,
} from "./audit-filters.ts";

const parse = (search: string) => parseAuditFilters(new URLSearchParams(search));

describe("audit filters", () => {
  it("round-trip through the query string", () => {
    const filters = {
      person: "cm1abc",
      brief: "cm2def",
      action: "section.save" as const,
      from: "2025-03-01",
      to: "2025-03-03",
    };
    const search = auditFiltersToSearch(filters);
    expect(search).toBe("?person=cm1abc&brief=cm2def&action=section.save&from=2025-03-01&to=2025-03-03");
    expect(parse(search)).toEqual(filters);
    expect(auditFiltersToSearch(NO_AUDIT_FILTERS)).toBe("");
  });

  it("ignore what is malformed instead of sending it", () => {
    expect(parse("person=a%20b&brief=x'--&action=drop.table&from=2025-02-30&to=yesterday")).toEqual(
      NO_AUDIT_FILTERS,
    );
  });

  it("ask for whole local days, both ends included, and leave unset filters out", () => {
    const input = auditInput({ ...NO_AUDIT_FILTERS, from: "2025-03-01", to: "2025-03-03" });
    expect(input.from).toEqual(new Date(2025, 2, 1, 0, 0, 0, 0));
    expect(input.to).toEqual(new Date(2025, 2, 3, 23, 59, 59, 999));
    expect(Object.keys(auditInput(NO_AUDIT_FILTERS))).toEqual(["limit"]);
    expect(auditInput({ ...NO_AUDIT_FILTERS, person: "u1", action: "user.invite" })).toEqual({
      limit: 50,
      actorId: "u1",
      action: "user.invite",
    });
  });

  it("say when the range is backwards", () => {
    expect(auditFiltersProblem({ ...NO_AUDIT_FILTERS, from: "2025-03-04", to: "2025-03-03" })).toMatch(
      /before/,
    );
    expect(auditFiltersProblem({ ...NO_AUDIT_FILTERS, from: "2025-03-03", to: "2025-03-03" })).toBeNull();
  });
});
