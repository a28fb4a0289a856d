// @vitest-environment happy-dom
import { act, Component, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lazyComponent } from "./lazy-component.tsx";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
const container = () => {
  const el = document.createElement("div");
  document.body.append(el);
  root = createRoot(el);
  return el;
};
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

/** Settles the load, then waits past React's 300 ms throttle on revealing what replaces a fallback. */
const settle = (settleLoad: () => void) =>
  act(async () => {
    settleLoad();
    await new Promise((resolve) => setTimeout(resolve, 350));
  });

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

/** A module load the test resolves or rejects when it chooses. */
function deferredLoad() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<typeof Greeting>((ok, fail) => {
      resolve = () => ok(Greeting);
      reject = fail;
    });
  };
  return { load, resolve: () => resolve(), reject: (e: Error) => reject(e), calls: () => calls };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

/** Renders `children` under a page-level error boundary, as the app's routes have. */
const renderInPage = (children: ReactNode) => act(async () => root?.render(<Boundary>{children}</Boundary>));

describe("lazyComponent", () => {
  it("shows the fallback while its code loads, then the component", async () => {
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load, <p>Loading…</p>);
    const el = container();
    await act(async () => root?.render(<Lazy name="Ada" />));
    expect(el.textContent).toBe("Loading…");
    await settle(module.resolve);
    expect(el.textContent).toBe("Hello Ada");
  });

  it("renders at once, without the fallback, once preloaded", async () => {
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load, <p>Loading…</p>);
    const preloaded = Lazy.preload();
    module.resolve();
    expect(await preloaded).toBe(true);
    const el = container();
    // One synchronous render: no fallback in between (next/dynamic would suspend here).
    act(() => root?.render(<Lazy name="Grace" />));
    expect(el.textContent).toBe("Hello Grace");
    expect(module.calls()).toBe(1);
  });

  it("loads its code once, however many render it", async () => {
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load);
    const el = container();
    await act(async () =>
      root?.render(
        <>
          <Lazy name="a" />
          <Lazy name="b" />
        </>,
      ),
    );
    await settle(module.resolve);
    expect(el.textContent).toBe("Hello aHello b");
    expect(module.calls()).toBe(1);
  });

  // Offline, Ctrl+K before the palette's code was preloaded replaced the whole page with the root
  // error boundary's "Something went wrong": a part's failed load now stays in its place.
  it("shows a failed load in the part's place, not the page's error boundary; try again loads afresh", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {}); // React reports the caught error
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load);
    const el = container();
    await renderInPage(
      <>
        <p>Page</p>
        <Lazy name="Ada" />
      </>,
    );
    await settle(() => module.reject(new Error("offline")));
    expect(el.textContent).toContain("Page");
    expect(el.querySelector('[role="alert"]')?.textContent).toContain("couldn't load");
    expect(el.textContent).not.toContain("Failed: offline");
    await act(async () => el.querySelector("button")?.click());
    await settle(module.resolve);
    expect(el.textContent).toBe("PageHello Ada");
    expect(module.calls()).toBe(2);
    quiet.mockRestore();
  });

  it("loads afresh when mounted again after a failure, and can show its own failure", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load, null, (_retry, props) => <p>No greeting for {props.name}</p>);
    const el = container();
    await act(async () => root?.render(<Lazy name="Ada" />));
    await settle(() => module.reject(new Error("offline")));
    expect(el.textContent).toBe("No greeting for Ada");
    await act(async () => root?.render(<Lazy key="again" name="Ada" />));
    await settle(module.resolve);
    expect(el.textContent).toBe("Hello Ada");
    expect(module.calls()).toBe(2);
    quiet.mockRestore();
  });

  it("lets an error of the part itself (not its load) reach the page's error boundary", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const Broken = (_props: { name: string }): ReactNode => {
      throw new Error("a bug");
    };
    const Lazy = lazyComponent(() => Promise.resolve(Broken));
    await Lazy.preload();
    const el = container();
    await renderInPage(<Lazy name="Ada" />);
    expect(el.textContent).toBe("Failed: a bug");
    quiet.mockRestore();
  });

  it("preloads on a best-effort basis: a failed preload rejects nothing", async () => {
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load);
    const preloaded = Lazy.preload();
    module.reject(new Error("offline"));
    await expect(preloaded).resolves.toBe(false);
  });

  it("preloads once when idle, however many ask, and even if they unmount", async () => {
    const module = deferredLoad();
    const Lazy = lazyComponent(module.load);
    Lazy.preloadWhenIdle();
    Lazy.preloadWhenIdle();
    expect(module.calls()).toBe(0);
    await vi.waitFor(() => expect(module.calls()).toBe(1), { timeout: 3000 });
    module.resolve();
    Lazy.preloadWhenIdle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(module.calls()).toBe(1);
  });
});
