import { readFileSync } from "node:fs";

/** Jiffies of all CPUs together: total, and idle (idle + iowait), from /proc/stat. */
function cpuTimes(): { total: number; idle: number } {
  const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, n) => sum + n, 0);
  return { total, idle: (fields[3] ?? 0) + (fields[4] ?? 0) };
}

/**
 * How busy the machine's CPUs are right now (0–100), over `ms`. Run between benches, when
 * nothing of ours is working, it says how much else is competing for the CPUs.
 */
export async function cpuBusyPercent(ms = 1000): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? Math.round((1 - (after.idle - before.idle) / total) * 100) : 0;
}
