/**
 * Benchmark harness: medians of repeated timings, heap measurements, machine description.
 * Times are data written to bench/results/, never asserted anywhere.
 */
import os from "node:os";
import v8 from "node:v8";
import vm from "node:vm";

/** Median of a non-empty list. */
export function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  const h = v.length >> 1;
  return v.length % 2 === 1 ? v[h] : (v[h - 1] + v[h]) / 2;
}

let gcFn: (() => void) | undefined;
/** A full garbage collection (the flag is set at run time, so no --expose-gc is needed). */
export function collectGarbage(): void {
  if (!gcFn) {
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc") as () => void;
  }
  gcFn();
  gcFn();
}

/** Bytes held by the JavaScript heap plus typed-array buffers outside it. */
export function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Build something and measure the memory it keeps (after a full collection before and after):
 * returns the thing and the retained bytes.
 */
export function measureRetained<T>(build: () => T): { value: T; bytes: number } {
  collectGarbage();
  const before = heapBytes();
  const value = build();
  collectGarbage();
  return { value, bytes: heapBytes() - before };
}

/** Milliseconds taken by fn. */
export function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * CPU milliseconds (user + system, all threads of this process) taken by fn. On a shared machine
 * it leaves out the time the process waited for a core, which wall time counts.
 */
export function cpuMs(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

/** Wall and CPU milliseconds taken by fn. */
export function wallAndCpuMs(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

/** The machine's load averages over 1, 5 and 15 minutes (as in /proc/loadavg). */
export function loadAverage(): [number, number, number] {
  const [a, b, c] = os.loadavg();
  return [+a.toFixed(2), +b.toFixed(2), +c.toFixed(2)];
}

/** What the numbers were measured on. */
export function machineInfo(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    logicalCores: cpus.length,
    totalMemoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    date: new Date().toISOString(),
    loadAverage1m: +os.loadavg()[0].toFixed(2),
  };
}

/** One benchmark record: one model at one size. */
export interface BenchRecord {
  model: string;
  N: number;
  /** Agent activations per second while stepping (construction excluded), median of the runs. */
  agentStepsPerSecond: number;
  /** Bytes per agent as declared by the model's tables (columns + bookkeeping). */
  bytesPerAgent: number;
  /** Retained heap + buffers after construction, divided by N (noisy for small N). */
  measuredBytesPerAgent: number;
  /** Median construction time. */
  constructionMs: number;
  /** Median time of the timed stepping phase of one run. */
  steppingMs: number;
  /** Steps timed per run (a step is one sweep over the agents for boltzmann, one month for wright). */
  stepsPerRun: number;
  runs: number;
  /** Speed ratio to flocc running the same rules, where flocc was measured (else null). */
  ratioVsFlocc: number | null;
  [extra: string]: unknown;
}
