/** An audit event's recorded facts as label/value pairs, for its "Details": action, ids, then its data. */
export function dataSummary(event: {
  action: string;
  briefId: string | null;
  sectionId: string | null;
  targetId: string | null;
  data: unknown;
}): [string, string][] {
  const rows: [string, string][] = [["action", event.action]];
  if (event.briefId) rows.push(["brief id", event.briefId]);
  if (event.sectionId) rows.push(["section id", event.sectionId]);
  if (event.targetId) rows.push(["target id", event.targetId]);
  if (event.data && typeof event.data === "object" && !Array.isArray(event.data)) {
    for (const [key, value] of Object.entries(event.data)) rows.push([key, show(value)]);
  } else if (event.data !== null && event.data !== undefined) {
    rows.push(["data", show(event.data)]);
  }
  return rows;
}

function show(value: unknown): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
