import { afterEach, describe, expect, it, vi } from "vitest";
import { settle } from "./settle.ts";

afterEach(() => vi.useRealTimers());

describe("settle", () => {
  it("runs once, after the last call of a burst has rested", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const changed = settle(run, 400);
    changed();
    vi.advanceTimersByTime(300);
    changed(); // someone left one section and arrived at the next
    vi.advanceTimersByTime(399);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    changed();
    vi.advanceTimersByTime(400);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
