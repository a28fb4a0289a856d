"use client";

import { type ComponentType, type ReactNode, Suspense, use, useState } from "react";
import { whenIdle } from "./when-idle.ts";

export type LazyComponent<P> = ComponentType<P> & {
  /**
   * Fetches the code ahead (when idle, on hover); the first render after it does not suspend.
   * Best effort: never rejects, answers whether the code is here (a failed load shows when the
   * component renders, and is retried then).
   */
  preload: () => Promise<boolean>;
  /**
   * `preload()` once the page has loaded, settled and is idle (lib/when-idle.ts). Call it from an
   * effect where the part may be opened; the first call schedules it, for good: a component that
   * unmounts meanwhile (a section switch) doesn't cancel it.
   */
  preloadWhenIdle: () => void;
};

/**
 * A component whose code loads apart from the page — for parts shown only once opened (a
 * revision, a dialog's form). `load` is the `import()` of its module.
 *
 * Why not next/dynamic: it suspends on a component's first render even when the code is already
 * here, and React then holds the new content back for at least 300 ms after showing the fallback
 * (its reveal throttle) — measured: opening a revision waited 300 ms with its chunk in 12 ms. Here,
 * once the code is loaded (by `preload()` or an earlier render) the component renders at once;
 * before that, `fallback` shows while it loads. A failed load (offline) reaches the nearest error
 * boundary, and the next render tries again.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let failed = false;
  const start = () => {
    pending ??= load().then(
      (loaded) => {
        component = loaded;
        return loaded;
      },
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    return pending;
  };

  function Loaded(props: P) {
    const Component = component ?? use(start());
    return <Component {...props} />;
  }
  function Lazy(props: P) {
    // A new mount after a failed load (the error boundary's "try again") loads afresh; renders
    // of the failed mount keep the failure, so it reaches the boundary instead of looping.
    useState(() => {
      if (failed) {
        failed = false;
        pending = undefined;
      }
      return null;
    });
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  const preload = () =>
    start().then(
      () => true,
      () => false,
    );
  let scheduled = false;
  const preloadWhenIdle = () => {
    if (scheduled || component) return;
    scheduled = true;
    whenIdle(() => void preload(), 3000);
  };
  return Object.assign(Lazy, { preload, preloadWhenIdle });
}
