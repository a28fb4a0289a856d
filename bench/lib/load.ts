import { percentile, round } from "./stats.ts";

export type LoadFigures = {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
};

/** What a load run observed: each answered request's latency, failures, elapsed time. */
export type LoadSample = { latencies: number[]; errors: number; seconds: number };

export type LoadOptions = {
  /** Concurrent clients, each sending its next request when the previous one answered. */
  writers: number;
  /** Stop after this long… */
  seconds: number;
  /** …or after this many requests in all, whichever comes first. */
  maxRequests: number;
  /** One request by writer `w`; throws on failure. */
  step: (writer: number) => Promise<void>;
  /** Give up after this many failed requests (a broken server must not spin the loop). */
  maxErrors?: number;
  /**
   * Paced (open-loop) instead of back to back: each writer starts a request every `paceMs`, as
   * an autosave timer would (late ones go at once). Latency then includes no self-made queue.
   */
  paceMs?: number;
};

/** A closed-loop load: bounded in time and count, so it always stops by itself. */
export async function sampleLoad(options: LoadOptions): Promise<LoadSample> {
  const { writers, seconds, maxRequests, step, maxErrors = 20, paceMs } = options;
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: unknown;
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  const writer = async (w: number) => {
    // Paced writers start spread over one period, like people who began typing at different times.
    let next = begin + (paceMs ? (paceMs * w) / writers : 0);
    while (performance.now() < deadline && started < maxRequests && errors < maxErrors) {
      if (paceMs) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        next += paceMs;
        if (performance.now() >= deadline) break;
      }
      started++;
      const t0 = performance.now();
      try {
        await step(w);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  if (errors >= maxErrors) throw new Error(`${errors} failed requests; first: ${String(firstError)}`);
  if (firstError) process.stderr.write(`  ${errors} failed request(s); first: ${String(firstError)}\n`);
  return { latencies, errors, seconds: (performance.now() - begin) / 1000 };
}

/** Throughput and latency percentiles of one or more samples taken together. */
export function summarize(samples: readonly LoadSample[]): LoadFigures {
  const latencies = samples.flatMap((s) => s.latencies);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    seconds: round(seconds, 2),
    rps: round(latencies.length / seconds, 1),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(latencies.reduce((max, ms) => Math.max(max, ms), 0)),
  };
}

export const runLoad = async (options: LoadOptions): Promise<LoadFigures> =>
  summarize([await sampleLoad(options)]);
