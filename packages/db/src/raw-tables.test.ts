import { describe, expect, it, vi } from "vitest";

describe("rawTable", () => {
  it("qualifies tables with the schema a client was made for", async () => {
    const { rawTable, rememberSchema } = await import("./raw-tables.ts");
    const client = {};
    rememberSchema(client, "e2e");
    expect(rawTable(client, "Section").sql).toBe('"e2e"."Section"');
    expect(rawTable({}, "Brief").sql).toBe('"Brief"');
  });

  it("reads the schema from another copy of the module (bundlers duplicate it across chunks)", async () => {
    const first = await import("./raw-tables.ts");
    vi.resetModules();
    const second = await import("./raw-tables.ts");
    expect(second).not.toBe(first);
    const client = {};
    first.rememberSchema(client, "e2e");
    expect(second.rawTable(client, "Brief").sql).toBe('"e2e"."Brief"');
  });
});
