const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });
const full = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "2 minutes ago", "yesterday", "5 days ago", then a plain date after four weeks. */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const diff = now.getTime() - date.getTime();
  if (diff < 45_000) return "just now";
  if (diff < HOUR) return rtf.format(-Math.max(1, Math.round(diff / MINUTE)), "minute");
  if (diff < DAY) return rtf.format(-Math.round(diff / HOUR), "hour");
  if (diff < 28 * DAY) return rtf.format(-Math.round(diff / DAY), "day");
  return absolute.format(date);
}

/** The exact moment, for tooltips and `title` attributes. */
export const formatFull = (date: Date) => full.format(date);

const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric" });
const dayWithYear = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "14:02" today; "Mar 3, 14:02" on another day; with the year when it isn't this year. */
export function formatClock(date: Date, now: Date = new Date()): string {
  const time = clock.format(date);
  if (sameDay(date, now)) return time;
  const dayPart = date.getFullYear() === now.getFullYear() ? day.format(date) : dayWithYear.format(date);
  return `${dayPart}, ${time}`;
}

/** "14:02–14:09" (the day is named once, when it isn't today). */
export function formatClockRange(from: Date, to: Date, now: Date = new Date()): string {
  const start = formatClock(from, now);
  if (from.getTime() === to.getTime()) return start;
  const end = sameDay(from, to) ? clock.format(to) : formatClock(to, now);
  return start === end ? start : `${start}–${end}`;
}
