import { readFileSync } from "node:fs";

/** Resident memory (MB) of a process and all its descendants, from /proc; 0 when gone. */
export function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
    } catch {
      // exited meanwhile
    }
  };
  visit(pid);
  return Math.round(kb / 1024);
}
