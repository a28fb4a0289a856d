// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { beginNavigation, useReportPendingNavigation } from "@/hooks/use-pending-navigation.ts";
import { NavigationProgress } from "./navigation-progress.tsx";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

function Reporter({ pending }: { pending: boolean }) {
  useReportPendingNavigation(pending);
  return null;
}

function render(reporterPending: boolean) {
  if (!root) {
    container = document.createElement("div");
    root = createRoot(container);
  }
  act(() =>
    root?.render(
      <>
        <NavigationProgress />
        <Reporter pending={reporterPending} />
      </>,
    ),
  );
}
const bar = () => container.querySelector('[role="progressbar"][aria-label="Loading page"]');

describe("NavigationProgress", () => {
  it("shows while any navigation is pending, and only then", () => {
    render(false);
    expect(bar()).toBeNull();
    let end = () => {};
    act(() => {
      end = beginNavigation();
    });
    expect(bar()).not.toBeNull();
    render(true); // a link's navigation too
    act(() => end());
    expect(bar()).not.toBeNull();
    render(false);
    expect(bar()).toBeNull();
  });

  it("counts an ended navigation once, however often it is ended", () => {
    render(false);
    let first = () => {};
    act(() => {
      first = beginNavigation();
      beginNavigation()(); // begun and ended
    });
    act(() => {
      first();
      first();
    });
    expect(bar()).toBeNull();
    let second = () => {};
    act(() => {
      second = beginNavigation();
    });
    // Had `first` counted twice, the count would be 0 here and the bar hidden.
    expect(bar()).not.toBeNull();
    act(() => second());
    expect(bar()).toBeNull();
  });

  it("ends a component's navigation when it unmounts mid-way", () => {
    render(true);
    expect(bar()).not.toBeNull();
    act(() => root?.render(<NavigationProgress />));
    expect(bar()).toBeNull();
  });
});
