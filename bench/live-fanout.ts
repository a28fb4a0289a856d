/**
 * Live updates across instances: two production servers (apps/web/server.mjs) on one database (LISTEN/NOTIFY, no
 * DOSSIER_EMBEDDED), 50 signed-in subscribers of `live.section` split between them (tRPC 11
 * httpSubscriptionLink's wire format: GET /api/trpc/live.section?input=<superjson>, answered
 * as server-sent events). Then 20 saves and 20 new comment threads on instance 1, one after
 * another; each delivery's latency is measured from the mutation's response (the write has
 * committed) to the subscriber receiving the event. Deliveries that beat the response count 0.
 * Prints {"bench":"live_fanout","subscribers":50,"p50_ms":…,"p95_ms":…,"instances":2,…}.
 * Run: npx tsx bench/live-fanout.ts
 */
import type { Actor } from "@dossier/core";
import { type AppInstance, assertProductionBuild, startApp } from "./lib/app.ts";
import { signIn } from "./lib/auth.ts";
import { benchDocument, sectionWords } from "./lib/content.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { BENCH_PASSWORD, createBenchBrief, createUsers, save } from "./lib/seed.ts";
import { openSse, type SseStream } from "./lib/sse.ts";
import { percentile, round } from "./lib/stats.ts";
import { idOf, isRecord, superjsonBody, trpcClient } from "./lib/trpc.ts";

const SUBSCRIBERS = 50;
const READERS = 10; // signed-in people; each has 5 tabs open
const MUTATIONS = 20; // saves, and as many comment threads
const GAP_MS = 100;
const DRAIN_MS = 5_000;

/** The id that ties a live event to the mutation that caused it. */
function eventKey(data: string): string | null {
  const parsed: unknown = JSON.parse(data);
  const event = isRecord(parsed) && isRecord(parsed.json) ? parsed.json : null;
  if (event?.type === "revision" && typeof event.revisionId === "string") return event.revisionId;
  if (event?.type === "thread" && typeof event.threadId === "string") return event.threadId;
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

runBench(
  "live_fanout",
  async () => {
    assertProductionBuild();
    const { db, url } = await createBenchDatabase("live");
    const [writer] = (await createUsers(db, "writer", 1, "EDITOR")) as [Actor];
    const readers = await createUsers(db, "reader", READERS, "VIEWER");
    const { leaves } = await createBenchBrief(db, writer, "Livonia", readers, "VIEWER");
    const sectionId = leaves[0]!.id;
    const words = sectionWords(5);
    let lastId = await save(db, writer, sectionId, null, benchDocument(words));

    const instances: AppInstance[] = await Promise.all([
      startApp(url, { label: "next-1" }),
      startApp(url, { label: "next-2" }),
    ]);
    const [one] = instances as [AppInstance, AppInstance];
    const writerCookie = await signIn(one.port, writer.email, BENCH_PASSWORD);
    // One secret for both instances: a session from instance 1 is valid on instance 2.
    const readerCookies = await Promise.all(readers.map((r) => signIn(one.port, r.email, BENCH_PASSWORD)));

    // arrivals[subscriber]: event key → when it arrived
    const arrivals = Array.from({ length: SUBSCRIBERS }, () => new Map<string, number>());
    const connected = new Set<number>();
    const path = `/api/trpc/live.section?input=${encodeURIComponent(superjsonBody({ sectionId }))}`;
    const streams: SseStream[] = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, s) =>
        openSse(instances[s % 2]!.port, path, { cookie: readerCookies[s % READERS]! }, (event) => {
          if (event.event === "connected") connected.add(s);
          else if (event.event === "serialized-error") note(`subscriber ${s}: ${event.data}`);
          else if (event.event === "message") {
            const key = eventKey(event.data);
            if (key && !arrivals[s]!.has(key)) arrivals[s]!.set(key, event.at);
          }
        }),
      ),
    );
    const api = trpcClient(one.port, writerCookie);
    const saveOnce = async () => {
      const content = benchDocument(words, Math.floor(Math.random() * 1e6));
      lastId = idOf(await api.mutation("sections.save", { sectionId, baseRevisionId: lastId, content }));
      return lastId;
    };

    // Subscriptions register on their instance's bus a moment after "connected": save until every
    // subscriber has heard one of these probes, so no measured event can be missed for that reason.
    const probes: string[] = [];
    const ready = () => arrivals.every((seen) => probes.some((key) => seen.has(key)));
    for (let tries = 0; tries < 40 && !(connected.size === SUBSCRIBERS && ready()); tries++) {
      probes.push(await saveOnce());
      await sleep(250);
    }
    if (!ready())
      throw new Error(
        `only ${arrivals.filter((seen) => probes.some((k) => seen.has(k))).length} subscribers got events`,
      );
    note(`${SUBSCRIBERS} subscribers live on 2 instances after ${probes.length} probe save(s)`);

    const responses = new Map<string, number>(); // event key → when its mutation answered
    for (let i = 0; i < MUTATIONS; i++) {
      const id = await saveOnce();
      responses.set(id, performance.now());
      await sleep(GAP_MS);
      const thread = await api.mutation("comments.createThread", {
        sectionId,
        anchor: null,
        body: `Bench comment ${i}: is the outlook still current?`,
        mentionUserIds: [],
      });
      responses.set(idOf(thread, "threadId"), performance.now());
      await sleep(GAP_MS);
    }
    const expected = responses.size * SUBSCRIBERS;
    const delivered = () =>
      arrivals.reduce((n, seen) => n + [...responses.keys()].filter((k) => seen.has(k)).length, 0);
    const drainUntil = performance.now() + DRAIN_MS;
    while (delivered() < expected && performance.now() < drainUntil) await sleep(50);
    for (const stream of streams) stream.close();

    const latencies: number[] = [];
    const byInstance: number[][] = [[], []];
    let early = 0;
    arrivals.forEach((seen, s) => {
      for (const [key, answeredAt] of responses) {
        const at = seen.get(key);
        if (at === undefined) continue;
        if (at < answeredAt) early++;
        const ms = Math.max(0, at - answeredAt);
        latencies.push(ms);
        byInstance[s % 2]!.push(ms);
      }
    });
    emit({
      bench: "live_fanout",
      subscribers: SUBSCRIBERS,
      instances: 2,
      events: responses.size,
      deliveries: latencies.length,
      missed: expected - latencies.length,
      p50_ms: round(percentile(latencies, 50)),
      p95_ms: round(percentile(latencies, 95)),
      max_ms: round(Math.max(...latencies)),
      p95_ms_instance_1: round(percentile(byInstance[0]!, 95)),
      p95_ms_instance_2: round(percentile(byInstance[1]!, 95)),
      before_response: early,
    });
  },
  { limitSeconds: 180 },
);
