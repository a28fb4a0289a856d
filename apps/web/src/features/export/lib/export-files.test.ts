import { describe, expect, it } from "vitest";
import { exportUrl, fileNameFrom, formatBytes } from "./export-files.ts";

describe("export files", () => {
  it("builds the download URL, with the named version when there is one", () => {
    expect(exportUrl("b1", "docx")).toBe("/api/briefs/b1/export/docx");
    expect(exportUrl("b1", "pdf", "v2")).toBe("/api/briefs/b1/export/pdf?version=v2");
    expect(exportUrl("b1", "markdown", null)).toBe("/api/briefs/b1/export/markdown");
  });

  it("reads the file name the server chose, or falls back", () => {
    expect(fileNameFrom('attachment; filename="mali-brief.docx"', "x")).toBe("mali-brief.docx");
    expect(fileNameFrom(null, "brief.md")).toBe("brief.md");
  });

  it("says how much has arrived", () => {
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(240 * 1024)).toBe("240 KB");
    expect(formatBytes(1.25 * 1024 * 1024)).toBe("1.3 MB");
  });
});
