import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/** The parts of V8's .cpuprofile format used here. */
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/**
 * Where CPU time goes, by what the (source-mapped) code belongs to. First match wins; paths are
 * the original sources of Next's server chunks, or node_modules files for external packages.
 */
const BUCKETS: [string, RegExp][] = [
  ["garbage collector", /^\(garbage collector\)$/],
  ["prisma (client, query compiler, adapter)", /prisma|client-engine-runtime|^wasm:|\.\.\/src\/runtime\//],
  ["pg (driver)", /node_modules\/pg(-[a-z]+)?\/|\/pg@|pg-protocol|pg-pool|pg-types/],
  ["next-auth + jose (session JWT)", /next-auth|jose|@panva|openid-client|node:internal\/crypto/],
  ["document checks (@dossier/editor, prosemirror)", /packages\/editor\/src|prosemirror|@tiptap|%40tiptap/],
  ["word delta (diff)", /diff@|diff%40|\/diff\//],
  ["trpc + superjson + zod", /trpc|superjson|zod/],
  ["@dossier/core + api + db", /packages\/(core|api|db|schema)\/src/],
  ["next (server, routing, runtime)", /next|turbopack|webpack:|src\/server\/|@next/],
  ["node (event loop, socket reads)", /^node:|^internal\/|^\(/],
];

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${file}.map`)) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
      } catch {
        map = null;
      }
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

/**
 * The original source of a frame. Code bundled into Next's server chunks is looked up in the
 * chunk's source map; external packages (pg, Prisma's adapter…) keep their node_modules path.
 */
function sourceOf(frame: ProfileNode["callFrame"]): string {
  if (!frame.url.includes("/.next")) return frame.url;
  const entry = sourceMapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  const mapped = entry && "originalSource" in entry ? entry.originalSource : undefined;
  return typeof mapped === "string" ? decodeURIComponent(mapped) : frame.url;
}

const bucketOf = (source: string) => BUCKETS.find(([, pattern]) => pattern.test(source))?.[0] ?? "other";

/**
 * Self CPU time by bucket within [fromUs, toUs] (process.hrtime µs: V8 uses the same monotonic
 * clock). Built-ins (JSON.parse, writev, RegExp…) and Node's own JS (streams, sockets) are charged
 * to the nearest caller outside them, so "who asked for the work" gets the time: pg's socket
 * writes count as pg, the response stream as Next. What is left in "node" ran straight from the
 * event loop (socket reads, timers, microtasks). Idle time is left out.
 */
export function cpuByBucket(profileFile: string, fromUs: number, toUs: number): Record<string, number> {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t >= fromUs && t <= toUs) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  const bucketCache = new Map<number, string>();
  const bucketOfNode = (id: number): string => {
    const cached = bucketCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    let bucket = "other";
    if (node) {
      const { functionName, url } = node.callFrame;
      const parentId = parent.get(id);
      if (functionName === "(garbage collector)" || functionName === "(program)")
        bucket = bucketOf(functionName);
      else if (
        (!url || url.startsWith("node:")) &&
        parentId !== undefined &&
        byId.get(parentId)?.callFrame.functionName !== "(root)"
      )
        bucket = bucketOfNode(parentId);
      else bucket = bucketOf(url ? sourceOf(node.callFrame) : `(${functionName})`);
    }
    bucketCache.set(id, bucket);
    return bucket;
  };

  const totals = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === "(idle)") continue;
    const bucket = bucketOfNode(id);
    totals.set(bucket, (totals.get(bucket) ?? 0) + us / 1000);
  }
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]));
}
