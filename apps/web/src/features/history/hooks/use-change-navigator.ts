"use client";

import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

const ACTIVE = "diff-active";

/** True when a key press belongs to a form field or an editable text, not to the page. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === "INPUT" ||
    target.tagName === "TEXTAREA" ||
    target.tagName === "SELECT"
  );
}

/**
 * "Previous / next change" over a rendered diff. Changes are numbered 0…count-1 in document
 * order; every element of change n carries data-change="n". Moving scrolls the first one into
 * view and outlines all of them. Keyboard: j / Alt+↓ next, k / Alt+↑ previous (not while typing).
 * `resetKey` changes when a different diff is shown, which starts over.
 */
export function useChangeNavigator(
  container: RefObject<HTMLElement | null>,
  count: number,
  resetKey: unknown,
  { keyboard = true }: { keyboard?: boolean } = {},
) {
  const [index, setIndex] = useState<number | null>(null);
  const lastKey = useRef(resetKey);
  if (lastKey.current !== resetKey) {
    lastKey.current = resetKey;
    if (index !== null) setIndex(null);
  }

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const element of root.querySelectorAll(`.${ACTIVE}`)) element.classList.remove(ACTIVE);
    if (index === null) return;
    const elements = root.querySelectorAll<HTMLElement>(`[data-change="${index}"]`);
    for (const element of elements) element.classList.add(ACTIVE);
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    elements[0]?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }, [container, index]);

  const next = useCallback(() => {
    if (count === 0) return;
    setIndex((i) => (i === null ? 0 : (i + 1) % count));
  }, [count]);
  const previous = useCallback(() => {
    if (count === 0) return;
    setIndex((i) => (i === null ? count - 1 : (i - 1 + count) % count));
  }, [count]);

  useEffect(() => {
    if (!keyboard) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      const key = event.key;
      const forward = (key === "j" && !event.altKey) || (event.altKey && key === "ArrowDown");
      const back = (key === "k" && !event.altKey) || (event.altKey && key === "ArrowUp");
      if (!forward && !back) return;
      event.preventDefault();
      if (forward) next();
      else previous();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [keyboard, next, previous]);

  return { index, next, previous };
}
