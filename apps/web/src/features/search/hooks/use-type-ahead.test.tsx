// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { useTypeAhead } from "./use-type-ahead.ts";

// CI, import-search.spec: Ctrl+K then typing at once, before the palette's code had loaded, lost
// the letters (the field wasn't there yet) — the search ran on nothing.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** The hook's latest answer, from a component rendered open or closed. */
const hook: { take: () => string } = { take: () => "" };
function Probe({ open }: { open: boolean }) {
  Object.assign(hook, useTypeAhead(open));
  return null;
}
function render(open: boolean) {
  root ??= createRoot(document.createElement("div"));
  act(() => root?.render(<Probe open={open} />));
}

const press = (key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};

describe("useTypeAhead", () => {
  it("keeps what is typed while open, out of the page, and hands it over once", () => {
    render(true);
    expect(press("K").defaultPrevented).toBe(true);
    press("e");
    press("y");
    press("Backspace");
    press("y");
    expect(press("k", { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(hook.take()).toBe("Key");
    expect(hook.take()).toBe("Key");
    // Handed over: keys go to the field now.
    expect(press("x").defaultPrevented).toBe(false);
  });

  it("keeps nothing while closed, and starts afresh on the next opening", () => {
    render(true);
    press("a");
    hook.take();
    render(false);
    expect(press("b").defaultPrevented).toBe(false);
    render(true);
    press("c");
    expect(hook.take()).toBe("c");
  });
});
