"use client";

import { Component, type ComponentType, type ReactNode, Suspense, use, useState } from "react";
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
 * before that, `fallback` shows while it loads. A failed load (offline, or a chunk gone after a
 * deploy) shows `failed` in its place — by default a line saying so with "Try again", which loads
 * afresh — and never reaches the page's error boundary: it used to replace the whole page with
 * "Something went wrong" for want of, say, the palette's code.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
  failed: LoadFailure<P> = (retry) => <LoadFailed retry={retry} />,
): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let loadFailed = false;
  const start = () => {
    pending ??= load().then(
      (loaded) => {
        component = loaded;
        return loaded;
      },
      (error: unknown) => {
        loadFailed = true;
        throw error;
      },
    );
    return pending;
  };
  /** The next render loads afresh; until then renders keep the failure, rather than loop. */
  const forget = () => {
    if (!loadFailed) return;
    loadFailed = false;
    pending = undefined;
  };

  function Loaded(props: P) {
    const Part = component ?? use(start());
    return <Part {...props} />;
  }
  function Lazy(props: P) {
    // A new mount after a failed load (the part opened again) loads afresh.
    useState(() => {
      forget();
      return null;
    });
    return (
      <LoadBoundary
        failed={(retry) => failed(retry, props)}
        onRetry={forget}
        isLoadFailure={() => loadFailed}
      >
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
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

/** What a part shows in its place when its code didn't load: `retry` loads it afresh. */
export type LoadFailure<P> = (retry: () => void, props: P) => ReactNode;

/**
 * Catches the part's failed load, so the page around it stays. Any other error (a bug in the part
 * itself) goes on to the page's error boundary: "couldn't load" would be the wrong thing to say.
 */
class LoadBoundary extends Component<
  {
    failed: (retry: () => void) => ReactNode;
    onRetry: () => void;
    isLoadFailure: () => boolean;
    children: ReactNode;
  },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };
  override render() {
    if (this.state.error === null) return this.props.children;
    if (!this.props.isLoadFailure()) throw this.state.error;
    return this.props.failed(this.retry);
  }
}

/** The default: one calm line where the part would be. Plain elements: lib/ imports no components. */
function LoadFailed({ retry }: { retry: () => void }) {
  return (
    <p role="alert" className="py-2 text-sm text-neutral-500">
      This part couldn't load. Check your connection, then{" "}
      <button type="button" onClick={retry} className="font-medium text-accent hover:underline">
        try again
      </button>
      .
    </p>
  );
}
