// The audit feature's public face: the admin's audit log and a brief's activity feed.

export { AuditLogPage } from "./components/audit-log-page.tsx";
export { BriefActivity } from "./components/brief-activity.tsx";
