import type { OrgRole } from "@dossier/db";

/** Local demo accounts. Printed on first start and in the README; never use them in production. */
export const DEMO_PASSWORD = "dossier-demo";

export const demoUsers: { email: string; name: string; role: OrgRole }[] = [
  { email: "admin@dossier.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@dossier.test", name: "Elena Editor", role: "EDITOR" },
  { email: "analyst@dossier.test", name: "Omar Analyst", role: "EDITOR" },
  { email: "reviewer@dossier.test", name: "Ravi Reviewer", role: "REVIEWER" },
  { email: "viewer@dossier.test", name: "Vera Viewer", role: "VIEWER" },
];
