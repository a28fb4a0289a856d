import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  type AppProcess,
  descendants,
  freePort,
  isAlive,
  root,
  signedIn,
  startApp,
} from "./support/app-process.ts";
import { DEMO_PASSWORD, demo } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 8, defect 10: SIGTERM to the process `npm start` started (what docker stop, systemd or a
// process manager sends) stopped npm and left the Next server and the embedded database running
// as orphans. Now: every request accepted before the signal is answered (saves commit), live
// streams close, the embedded database closes cleanly, nothing is left running, exit 0 — and the
// database opens again with everything in it.

/** SIGKILL to a process and everything under it (no-op for those already gone). */
function killTree(pid: number) {
  if (!pid || !isAlive(pid)) return;
  for (const each of [pid, ...descendants(pid)]) {
    try {
      process.kill(each, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

const LEAVES = ["preface", "crises", "frank-narrative", "summary-help-us-goals", "summary-needs-from-us"];
const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

test("SIGTERM to npm start answers in-flight saves, closes streams, stops every process, exits 0", async () => {
  test.setTimeout(240_000);
  const dataDir = `.data/e2e-shutdown-${process.pid}-${Date.now().toString(36)}`;
  const port = await freePort();
  const started: AppProcess[] = [];
  try {
    const app = await startApp(dataDir, port);
    started.push(app);
    const api = await signedIn(app.origin, demo.editor, DEMO_PASSWORD);
    const { id: briefId } = (await api.mutation("briefs.create", { country: "Terminus" })) as { id: string };
    const sections = await Promise.all(
      LEAVES.map((key) => api.query("sections.get", { briefId, key }) as Promise<{ id: string }>),
    );

    // A live stream stays open until the server ends it.
    const input = encodeURIComponent(JSON.stringify({ json: { briefId } }));
    const stream = await fetch(`${app.origin}/api/trpc/live.brief?input=${input}`, {
      headers: { cookie: api.cookie, accept: "text/event-stream" },
    });
    expect(stream.status).toBe(200);
    const streamEnded = (async () => {
      const reader = stream.body?.getReader();
      try {
        while (reader && !(await reader.read()).done) {}
      } catch {
        // a cut connection ends it too
      }
    })();

    const tree = [app.npm.pid ?? 0, ...descendants(app.npm.pid ?? 0)];
    expect(tree.length).toBeGreaterThanOrEqual(4); // npm, start.mjs, serve.ts, web server, PGlite…

    // Saves in flight when the signal arrives (the embedded database runs them one at a time).
    const saves = sections.map((s, i) =>
      api.mutation("sections.save", { sectionId: s.id, baseRevisionId: null, content: doc(`Saved ${i}`) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(app.npm.pid ?? 0, "SIGTERM");

    const answered = await Promise.allSettled(saves);
    expect(answered.map((r) => r.status)).toEqual(sections.map(() => "fulfilled"));
    await streamEnded;
    expect(await app.exited).toBe(0);
    await expect.poll(() => tree.filter(isAlive), { timeout: 15_000 }).toEqual([]);
    expect(app.output()).toContain("Stopped.");

    // The embedded database opens again, with every acknowledged save in it.
    const again = await startApp(dataDir, port);
    started.push(again);
    const reader = await signedIn(again.origin, demo.editor, DEMO_PASSWORD);
    for (const [i, key] of LEAVES.entries()) {
      const section = (await reader.query("sections.get", { briefId, key })) as {
        current: { content: unknown } | null;
      };
      expect(section.current?.content).toEqual(doc(`Saved ${i}`));
    }
    process.kill(again.npm.pid ?? 0, "SIGINT");
    expect(await again.exited).toBe(0);
  } finally {
    // A failed assertion must not leave an app (and its database) running after the test.
    for (const app of started) killTree(app.npm.pid ?? 0);
    rmSync(join(root, dataDir), { recursive: true, force: true });
  }
});

// When `npm start` and the scripts above the web server are killed outright (a terminal or test
// runner gone, SIGKILL), the server loses its lifeline and its output's reader at once: it must
// notice, stop by itself and not linger as an orphan.
test("killed outright, with nobody left reading its output, the web server stops by itself", async () => {
  test.setTimeout(180_000);
  const dataDir = `.data/e2e-orphan-${process.pid}-${Date.now().toString(36)}`;
  const app = await startApp(dataDir, await freePort());
  const tree = [app.npm.pid ?? 0, ...descendants(app.npm.pid ?? 0)];
  const server = tree.find((pid) => commandOf(pid).includes("server.mjs"));
  try {
    expect(server, "the web server's process").toBeDefined();
    // A page rendered: Next has set up its error reporting (which is what looped).
    expect((await fetch(`${app.origin}/signin`)).status).toBe(200);
    // Nobody reads the output any more, and everything above the web server dies at once.
    app.npm.stdout?.destroy();
    app.npm.stderr?.destroy();
    for (const pid of tree) if (pid !== server) killQuietly(pid);
    await expect.poll(() => isAlive(server ?? 0), { timeout: 60_000 }).toBe(false);
  } finally {
    for (const pid of tree) killQuietly(pid);
    rmSync(join(root, dataDir), { recursive: true, force: true });
  }
});

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function killQuietly(pid: number) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}
