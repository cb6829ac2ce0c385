/**
 * boltzmann benchmark: the model (src/models/boltzmann) stepped through its own Simulation
 * interface, against hand-written loops over plain typed arrays with the generator inlined
 * (xoshiro128** state in local variables, no calls), and against the same rules in flocc (child
 * process).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRng, type Rng, streams } from "../src/engine/rng.ts";
import { boltzmann } from "../src/models/boltzmann/index.ts";
import { bytesPerAgent, initialState } from "../src/models/boltzmann/state.ts";
import { BRANCH_FREE_MAX_N } from "../src/models/boltzmann/step.ts";
import { type BenchRecord, loadAverage, measureRetained, median, timeMs, wallAndCpuMs } from "./harness.ts";

/**
 * The generator's state as four signed 32-bit words, read and written back by the inlined loops
 * (two more words of bookkeeping for the block reference).
 */
export function inlinedState(rng: Rng): Int32Array {
  return Int32Array.from([...rng.state(), 0, 0]);
}

const TWO_POW_M32 = 2.3283064365386963e-10; // 2^-32
/** Largest bound for which x * bound (x < 2^32) is an exact double. */
const EXACT_PRODUCT_BOUND = 2 ** 21;

/**
 * The reference: Mesa's rules written by hand over Int32Arrays with the generator inlined, the
 * fastest JavaScript we know for them. xoshiro128** 1.0 runs in local variables (the same
 * algorithm as the engine's Rng); bounded integers are drawn by Lemire's nearly divisionless
 * method (Lemire, "Fast random integer generation in an interval", ACM TOMACS 2019): one output
 * per draw, multiplied by the bound, with a rejection that needs a division only when the low
 * word of the product falls below the bound. The high word is exact: for bounds <= 2^21 the
 * product is an exact double; above, it is recovered from the rounded product and the exact low
 * word (Math.imul). Its draws are not the engine's `Rng.int()` stream (bitmask rejection), so it
 * gives other (equally distributed) series.
 *
 * `st` holds the generator state (see {@link inlinedState}) and is updated.
 */
export function lemireReferenceSteps(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  steps: number,
  st: Int32Array,
): void {
  let s0 = st[0] | 0;
  let s1 = st[1] | 0;
  let s2 = st[2] | 0;
  let s3 = st[3] | 0;
  const thresholdN = 4294967296 % n;
  for (let s = 0; s < steps; s++) {
    // Fisher-Yates: j uniform in [0, i]
    for (let i = n - 1; i > 0; i--) {
      const bound = i + 1;
      let r = Math.imul(s1, 5);
      let x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      let lo = Math.imul(x, bound) >>> 0;
      if (lo < bound) {
        const threshold = 4294967296 % bound;
        while (lo < threshold) {
          r = Math.imul(s1, 5);
          x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
          t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          lo = Math.imul(x, bound) >>> 0;
        }
      }
      const j =
        bound <= EXACT_PRODUCT_BOUND
          ? (x * bound * TWO_POW_M32) | 0
          : Math.round((x * bound - lo) * TWO_POW_M32);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    // gifts: j uniform in [0, n)
    const exact = n <= EXACT_PRODUCT_BOUND;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (wealth[i] > 0) {
        let r = Math.imul(s1, 5);
        let x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
        let t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        let lo = Math.imul(x, n) >>> 0;
        while (lo < thresholdN) {
          r = Math.imul(s1, 5);
          x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
          t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          lo = Math.imul(x, n) >>> 0;
        }
        const j = exact ? (x * n * TWO_POW_M32) | 0 : Math.round((x * n - lo) * TWO_POW_M32);
        wealth[j]++;
        wealth[i]--;
      }
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
}

/**
 * The model's own algorithm written by hand with no calls: the Lemire shuffle as above, then the
 * gifts a chunk of C agents at a time from a block of Lemire draws made (inlined) before each
 * chunk, read by a branch-free loop (an agent with nothing gives 0 units and keeps the draw) up
 * to N = BRANCH_FREE_MAX_N and by a loop with a branch above, as the model does.
 * Draws left over at the end of a step are kept for the next step's gifts rather than given
 * back, so its stream differs from the model's (which rewinds the generator to keep the stream
 * of scalar calls). `buf` is its block (2C entries); its read and end positions are kept in
 * `st[4]` and `st[5]` (see {@link inlinedState}).
 * What the engine's block API costs against the same algorithm by hand.
 */
export function blockReferenceSteps(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  steps: number,
  st: Int32Array,
  buf: Int32Array,
): void {
  const chunk = buf.length >> 1;
  let s0 = st[0] | 0;
  let s1 = st[1] | 0;
  let s2 = st[2] | 0;
  let s3 = st[3] | 0;
  let p = st[4] | 0; // next unread draw
  let end = st[5] | 0; // one past the last draw made
  const thresholdN = 4294967296 % n;
  const exact = n <= EXACT_PRODUCT_BOUND;
  const branchFree = n <= BRANCH_FREE_MAX_N;
  for (let s = 0; s < steps; s++) {
    for (let i = n - 1; i > 0; i--) {
      const bound = i + 1;
      let r = Math.imul(s1, 5);
      let x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      let lo = Math.imul(x, bound) >>> 0;
      if (lo < bound) {
        const threshold = 4294967296 % bound;
        while (lo < threshold) {
          r = Math.imul(s1, 5);
          x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
          t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          lo = Math.imul(x, bound) >>> 0;
        }
      }
      const j =
        bound <= EXACT_PRODUCT_BOUND
          ? (x * bound * TWO_POW_M32) | 0
          : Math.round((x * bound - lo) * TWO_POW_M32);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (let k0 = 0; k0 < n; k0 += chunk) {
      if (end - p < chunk) {
        // keep the unread draws, make `chunk` more after them
        const left = end - p;
        buf.copyWithin(0, p, end);
        for (let k = left; k < left + chunk; k++) {
          let r = Math.imul(s1, 5);
          let x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
          let t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
          let lo = Math.imul(x, n) >>> 0;
          while (lo < thresholdN) {
            r = Math.imul(s1, 5);
            x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
            t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            lo = Math.imul(x, n) >>> 0;
          }
          buf[k] = exact ? (x * n * TWO_POW_M32) | 0 : Math.round((x * n - lo) * TWO_POW_M32);
        }
        p = 0;
        end = left + chunk;
      }
      const last = Math.min(n, k0 + chunk);
      if (branchFree)
        for (let k = k0; k < last; k++) {
          const i = order[k];
          const wi = wealth[i];
          const give = -wi >>> 31;
          const j = buf[p];
          p += give;
          wealth[i] = wi - give;
          wealth[j] += give;
        }
      else
        for (let k = k0; k < last; k++) {
          const i = order[k];
          if (wealth[i] > 0) {
            const j = buf[p++];
            wealth[j]++;
            wealth[i]--;
          }
        }
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
  st[4] = p;
  st[5] = end;
}

/**
 * The same loop with the engine's own bounded-integer method inlined: bitmask with rejection, as
 * `Rng.int()` and `Rng.shuffle()` draw (so from the same state it gives exactly the model's
 * series). What the model could reach with today's random stream if the generator cost nothing
 * beyond its arithmetic. n < 2^31.
 */
export function bitmaskReferenceSteps(
  wealth: Int32Array,
  order: Int32Array,
  n: number,
  steps: number,
  st: Int32Array,
): void {
  let s0 = st[0] | 0;
  let s1 = st[1] | 0;
  let s2 = st[2] | 0;
  let s3 = st[3] | 0;
  const maskN = (1 << (32 - Math.clz32(n - 1))) - 1;
  for (let s = 0; s < steps; s++) {
    for (let i = n - 1; i > 0; i--) {
      const mask = (1 << (32 - Math.clz32(i))) - 1;
      let j: number;
      do {
        const r = Math.imul(s1, 5);
        j = Math.imul((r << 7) | (r >>> 25), 9) & mask;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
      } while (j > i);
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (wealth[i] > 0) {
        let j: number;
        do {
          const r = Math.imul(s1, 5);
          j = Math.imul((r << 7) | (r >>> 25), 9) & maskN;
          const t = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = (s3 << 11) | (s3 >>> 21);
        } while (j >= n);
        wealth[j]++;
        wealth[i]--;
      }
    }
  }
  st[0] = s0;
  st[1] = s1;
  st[2] = s2;
  st[3] = s3;
}

export interface BoltzmannBenchOptions {
  sizes: number[];
  runs: number;
  /** Agent-steps per timed run of the model and of the reference (sets the step count). */
  agentStepsPerRun: number;
  /** Agent-steps per timed flocc run. */
  floccAgentStepsPerRun: number;
  floccRuns: number;
  /** Wall-clock budget of one flocc size (ms); beyond it the size is recorded as not measured. */
  floccBudgetMs: number;
  log: (line: string) => void;
}

interface FloccResult {
  agentStepsPerSecond: number;
  constructionMs: number;
  steppingMs: number;
  measuredBytesPerAgent: number;
  steps: number;
  runs: number;
}

function runFlocc(n: number, steps: number, runs: number, budgetMs: number): Promise<FloccResult | string> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const heapMb = Math.max(2048, Math.ceil((n * 3000) / 2 ** 20) + 1024);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        "bin/run-ts.mjs",
        "bench/flocc-boltzmann.ts",
        String(n),
        String(steps),
        String(runs),
      ],
      { cwd: root, timeout: budgetMs, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        if (err) {
          const why = err.killed
            ? `exceeded the ${Math.round(budgetMs / 1000)} s budget`
            : stderr.split("\n")[0] || err.message;
          resolve(`not measured: ${why}`);
        } else resolve(JSON.parse(stdout.trim().split("\n").pop() as string) as FloccResult);
      },
    );
  });
}

export async function benchBoltzmann(o: BoltzmannBenchOptions): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  // JIT warm-up of both loops on a small population.
  {
    const sim = boltzmann.create({ N: 1000 }, streams(999));
    for (let s = 0; s < 2000; s++) sim.step();
    const st = initialState(1000);
    lemireReferenceSteps(
      st.agents.cols.wealth,
      st.order,
      1000,
      2000,
      inlinedState(createRng(999, "exchange")),
    );
  }
  for (const n of o.sizes) {
    const steps = Math.max(5, Math.round(o.agentStepsPerRun / n));
    const construct: number[] = [];
    const model: number[] = [];
    const reference: number[] = [];
    for (let r = 0; r < o.runs; r++) {
      // model and reference alternate so that load changes on the shared machine hit both alike
      let sim = boltzmann.create({ N: 1 }, streams(0));
      construct.push(timeMs(() => (sim = boltzmann.create({ N: n }, streams(r + 1)))));
      sim.step();
      model.push(
        timeMs(() => {
          for (let s = 0; s < steps; s++) sim.step();
        }),
      );
      const st = initialState(n);
      const w = st.agents.cols.wealth;
      const gen = inlinedState(createRng(r + 1, "exchange"));
      lemireReferenceSteps(w, st.order, n, 1, gen);
      reference.push(timeMs(() => lemireReferenceSteps(w, st.order, n, steps, gen)));
    }
    const mem = measureRetained(() => boltzmann.create({ N: n }, streams(1)));
    const rate = (n * steps) / (median(model) / 1000);
    const refRate = (n * steps) / (median(reference) / 1000);
    const floccSteps = Math.max(3, Math.round(o.floccAgentStepsPerRun / n));
    const flocc = await runFlocc(n, floccSteps, o.floccRuns, o.floccBudgetMs);
    const rec: BenchRecord = {
      model: "boltzmann",
      N: n,
      agentStepsPerSecond: Math.round(rate),
      bytesPerAgent: bytesPerAgent(initialState(1)),
      measuredBytesPerAgent: +(mem.bytes / n).toFixed(2),
      constructionMs: +median(construct).toFixed(3),
      steppingMs: +median(model).toFixed(2),
      stepsPerRun: steps,
      runs: o.runs,
      referenceAgentStepsPerSecond: Math.round(refRate),
      ratioVsReference: +(rate / refRate).toFixed(3),
      ratioVsFlocc: typeof flocc === "string" ? null : +(rate / flocc.agentStepsPerSecond).toFixed(1),
      flocc:
        typeof flocc === "string"
          ? flocc
          : {
              agentStepsPerSecond: Math.round(flocc.agentStepsPerSecond),
              measuredBytesPerAgent: +flocc.measuredBytesPerAgent.toFixed(1),
              constructionMs: +flocc.constructionMs.toFixed(1),
              steppingMs: +flocc.steppingMs.toFixed(1),
              stepsPerRun: flocc.steps,
              runs: flocc.runs,
            },
    };
    records.push(rec);
    o.log(
      `boltzmann N=${n}: ${(rate / 1e6).toFixed(1)} M agent-steps/s (reference ${(refRate / 1e6).toFixed(1)} M, ratio ${rec.ratioVsReference}), ` +
        `${rec.bytesPerAgent} B/agent declared, ${rec.measuredBytesPerAgent} measured; flocc: ${
          typeof flocc === "string"
            ? flocc
            : `${(flocc.agentStepsPerSecond / 1e6).toFixed(2)} M/s, ${flocc.measuredBytesPerAgent.toFixed(0)} B/agent, x${rec.ratioVsFlocc}`
        }`,
    );
  }
  return records;
}

export interface LimitBenchOptions {
  sizes: number[];
  /** Rounds; each times the model and both references once, in an order that rotates. */
  rounds: number;
  /** Agent-steps per timed run (sets the step count; at least one step). */
  agentStepsPerRun: number;
  log: (line: string) => void;
}

type Contender = "model" | "lemireReference" | "blockReference" | "bitmaskReference";
const CONTENDERS: readonly Contender[] = ["model", "lemireReference", "blockReference", "bitmaskReference"];

/** Median, least and largest of a list, and the list, rounded. */
function spread(xs: number[], digits = 3) {
  const r = (x: number) => +x.toFixed(digits);
  return { median: r(median(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)), all: xs.map(r) };
}

/**
 * A timed run of one contender from a fresh state of N agents (wealth 1 each, seed `seed`): one
 * untimed step, then `steps` timed steps. The model is stepped through its own Simulation
 * interface (`boltzmann.create(...).step()`), the references over the same arrays.
 */
function timedRun(who: Contender, n: number, steps: number, seed: number) {
  if (who === "model") {
    const sim = boltzmann.create({ N: n }, streams(seed));
    sim.step();
    return wallAndCpuMs(() => {
      for (let s = 0; s < steps; s++) sim.step();
    });
  }
  const st = initialState(n);
  const w = st.agents.cols.wealth;
  const gen = inlinedState(createRng(seed, "exchange"));
  if (who === "blockReference") {
    const buf = new Int32Array(2 * 256);
    blockReferenceSteps(w, st.order, n, 1, gen, buf);
    return wallAndCpuMs(() => blockReferenceSteps(w, st.order, n, steps, gen, buf));
  }
  const loop = who === "lemireReference" ? lemireReferenceSteps : bitmaskReferenceSteps;
  loop(w, st.order, n, 1, gen);
  return wallAndCpuMs(() => loop(w, st.order, n, steps, gen));
}

/**
 * Whether a reference, from the model's generator state, ends `steps` steps with the model's
 * observed zero share and largest wealth: which of the two runs the model's random stream
 * (the bitmask one for boltzmann 1.x, the Lemire one for 2.x).
 */
function reproducesModel(loop: typeof lemireReferenceSteps, n: number, steps: number, seed: number): boolean {
  const sim = boltzmann.create({ N: n }, streams(seed));
  const row = new Float64Array(boltzmann.metrics.length);
  for (let s = 0; s < steps; s++) sim.step();
  sim.observe(row);
  const st = initialState(n);
  loop(st.agents.cols.wealth, st.order, n, steps, inlinedState(createRng(seed, "exchange")));
  const w = st.agents.cols.wealth;
  let max = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    if (w[i] > max) max = w[i];
    if (w[i] === 0) zeros++;
  }
  return row[1] === zeros / n && row[2] === max;
}

/**
 * The engine at the limit (issue 16, item 1): the model through its own step() against the
 * inlined Lemire reference and the inlined bitmask reference, alternating run by run. Ratios are
 * taken per round (reference time / model time, so above 1 means the model is faster) and
 * summarised by their median; rates and ratios are computed from CPU time (wall time alongside).
 */
export function benchLimit(o: LimitBenchOptions): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  // JIT warm-up of the three loops on a small population.
  for (const who of CONTENDERS) timedRun(who, 1000, 2000, 999);
  const reproduces = {
    lemireReference: reproducesModel(lemireReferenceSteps, 1000, 50, 5),
    bitmaskReference: reproducesModel(bitmaskReferenceSteps, 1000, 50, 5),
  };
  for (const n of o.sizes) {
    const steps = Math.max(1, Math.round(o.agentStepsPerRun / n));
    const loadStart = loadAverage();
    const cpu = Object.fromEntries(CONTENDERS.map((c) => [c, [] as number[]])) as Record<Contender, number[]>;
    const wall = Object.fromEntries(CONTENDERS.map((c) => [c, [] as number[]])) as Record<
      Contender,
      number[]
    >;
    for (let r = 0; r < o.rounds; r++) {
      for (let q = 0; q < CONTENDERS.length; q++) {
        const who = CONTENDERS[(r + q) % CONTENDERS.length];
        const t = timedRun(who, n, steps, r + 1);
        cpu[who].push(t.cpu);
        wall[who].push(t.wall);
      }
    }
    const loadEnd = loadAverage();
    const mem = measureRetained(() => boltzmann.create({ N: n }, streams(1)));
    const rates = (t: Record<Contender, number[]>) =>
      Object.fromEntries(CONTENDERS.map((c) => [c, Math.round((n * steps) / (median(t[c]) / 1000))]));
    const ratio = (t: Record<Contender, number[]>, ref: Contender, of: Contender = "model") =>
      spread(t[ref].map((x, i) => x / t[of][i]));
    const rec = {
      model: "boltzmann",
      modelVersion: boltzmann.version,
      N: n,
      stepsPerRun: steps,
      rounds: o.rounds,
      bytesPerAgent: bytesPerAgent(initialState(1)),
      measuredBytesPerAgent: +(mem.bytes / n).toFixed(2),
      agentStepsPerSecond: rates(cpu),
      wallAgentStepsPerSecond: rates(wall),
      modelVsLemireReference: ratio(cpu, "lemireReference"),
      modelVsLemireReferenceWall: ratio(wall, "lemireReference"),
      modelVsBlockReference: ratio(cpu, "blockReference"),
      modelVsBitmaskReference: ratio(cpu, "bitmaskReference"),
      bitmaskVsLemireReference: ratio(cpu, "lemireReference", "bitmaskReference"),
      loadAverage: { start: loadStart, end: loadEnd },
    };
    records.push(rec);
    const m = (c: Contender) => (rec.agentStepsPerSecond[c] / 1e6).toFixed(1);
    o.log(
      `boltzmann N=${n} (${steps} steps x ${o.rounds} rounds): model ${m("model")}, Lemire reference ${m("lemireReference")}, ` +
        `block reference ${m("blockReference")}, bitmask reference ${m("bitmaskReference")} M agent-steps/s (CPU time); ` +
        `model/Lemire ${rec.modelVsLemireReference.median} [${rec.modelVsLemireReference.min}-${rec.modelVsLemireReference.max}], ` +
        `model/block ${rec.modelVsBlockReference.median}, model/bitmask ${rec.modelVsBitmaskReference.median}, ` +
        `bitmask/Lemire ${rec.bitmaskVsLemireReference.median}; ${rec.measuredBytesPerAgent} B/agent; load ${loadStart.join(" ")} -> ${loadEnd.join(" ")}`,
    );
  }
  o.log(`references that reproduce the model's series (N = 1000, 50 steps): ${JSON.stringify(reproduces)}`);
  return records.map((r) => ({ ...r, referenceReproducesModel: reproduces }));
}
