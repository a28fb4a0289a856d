// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./when-idle.ts";

const readyState = (state: DocumentReadyState) =>
  vi.spyOn(document, "readyState", "get").mockReturnValue(state);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("whenIdle", () => {
  it("waits for the page's load, then a second for it to settle, before idle time", async () => {
    readyState("loading");
    const task = vi.fn();
    whenIdle(task, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(task).not.toHaveBeenCalled();
    window.dispatchEvent(new Event("load"));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });

  it("runs once idle on a page already loaded, and not at all once cancelled", async () => {
    readyState("complete");
    const task = vi.fn();
    const cancelled = vi.fn();
    whenIdle(task, 50);
    whenIdle(cancelled, 50)();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(cancelled).not.toHaveBeenCalled();
  });

  it("cancelled before the load, it never runs", async () => {
    readyState("loading");
    const task = vi.fn();
    whenIdle(task, 50)();
    window.dispatchEvent(new Event("load"));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(task).not.toHaveBeenCalled();
  });
});
