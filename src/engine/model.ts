import type { z } from "zod";
import type { RngStreams } from "./rng.ts";

/** The unit in which a model's horizon is given and its time axis is labelled. */
export type TimeUnit = "year" | "month" | "period" | "round";

/**
 * A running instance of a model: its state and the few operations the run loop needs.
 * The run loop calls observe() once at t = 0 and once after every step().
 */
export interface Simulation {
  /** Write the current value of each metric, in the order of `Model.metrics`, into `out`. */
  observe(out: Float64Array): void;
  /**
   * Advance by one recorded step, i.e. 1 / `Model.stepsPerUnit` time units.
   * Throws {@link DivergedError} when the state leaves the domain where the model means anything.
   */
  step(): void;
  /** Check every invariant of the current state; throw {@link InvariantError} on the first broken one. */
  check?(step: number): void;
  /** True when nothing can change any more (e.g. a cascade at its fixed point): the run ends early. */
  done?(): boolean;
  /** Model-specific summary figures of the run so far (streaming accumulators kept by the simulation). */
  summary?(): Record<string, number>;
  /** The workplaces, for the browser lab's view (models with firms). Arrays may be reused between calls. */
  cells?(): WorkplaceCells;
}

/** One entry per firm (or firm slot): what the lab's workplace view draws. */
export interface WorkplaceCells {
  /** Workforce, persons (0: an empty slot, not drawn). */
  size: Float64Array;
  /** Organised share of the workforce, in [0, 1] (the cell's colour). */
  shade: Float64Array;
  /** 1 where the firm is on strike (the cell is outlined). */
  outline: Uint8Array;
}

/** A value a parameter can take in an override (a mechanism's off-switch, a thesis arm). */
export type ParamValue = number | string | boolean;

/**
 * A mechanism of a model with its documented off-switch: the parameter values that switch it off
 * and leave the rest of the model as it is. Theses knock mechanisms out one at a time to see which
 * carry an effect (attribution), and declare the ones whose rule restates their claim.
 */
export interface Mechanism {
  /** Short identifier, e.g. `M3` or `M4-automate`. */
  readonly id: string;
  /** What it is, in a few words. */
  readonly title: string;
  /** Where it comes from: the essay's ¶, or a paper. */
  readonly source: string;
  /** Parameter values that switch it off. */
  readonly off: Readonly<Record<string, ParamValue>>;
  /** What the model does with it off, in one sentence. */
  readonly offMeans: string;
}

/**
 * The plausible range of a numeric parameter, with its source or the reason for it: the space the
 * global robustness analysis screens and samples.
 */
export interface ParamRange {
  readonly min: number;
  readonly max: number;
  /** Integer-valued parameter (sampled on min..max). */
  readonly integer?: boolean;
  /** Where the range comes from: a paper, data, or the reason it is plausible. */
  readonly source: string;
  /**
   * False for parameters that set the size or bookkeeping of a run rather than a behaviour
   * (population, burn-in): declared, but never screened.
   */
  readonly screen?: boolean;
}

/**
 * A model: a plain object satisfying this interface (no base class). `P` is the type of its
 * parameters after validation, with every default filled in.
 */
export interface Model<P extends Record<string, unknown> = Record<string, unknown>> {
  /** Identifier used on the command line and in scenario files. */
  readonly name: string;
  /** Bumped whenever the same params and seed would give different output. */
  readonly version: string;
  /** One line saying what the model is and where it comes from. */
  readonly description: string;
  /** Unit of `horizon` and of the time axis. */
  readonly timeUnit: TimeUnit;
  /** Recorded steps per time unit (>= 1); the output is sampled at every step. */
  readonly stepsPerUnit: number;
  /** Horizon used when none is given, in `timeUnit`. */
  readonly defaultHorizon: number;
  /** Whether the seed changes the output. */
  readonly stochastic: boolean;
  /**
   * Parameters: a strict zod object whose every field has a default and a `.describe()` text.
   * It is the single source of the parameter type, the defaults, validation and the JSON Schema.
   */
  readonly params: z.ZodType<P>;
  /** Names of the recorded metrics, in the order `observe()` writes them. */
  readonly metrics: readonly string[];
  /** One line per metric saying what it measures (same order as `metrics`). */
  readonly metricDescriptions?: readonly string[];
  /** Its mechanisms with their off-switches (for attribution); none declared means none to knock out. */
  readonly mechanisms?: readonly Mechanism[];
  /** A plausible range for every numeric parameter (for global robustness), keyed by parameter name. */
  readonly ranges?: Readonly<Record<string, ParamRange>>;
  /**
   * Where a worker (a thread, or a worker process) can import this model from: a module URL, with
   * `#<export>` when the model is not the module's default export. Models of the default list need
   * none (workers have them); `loadModelModule()` (src/experiments/model-module.ts) sets it.
   */
  readonly module?: string;
  /** Build the initial state. Randomness comes only from `rng`. */
  create(params: P, rng: RngStreams): Simulation;
}

/** Any model, whatever its parameter type (for registries and generic code). */
export type AnyModel = Model<any>;

/** Thrown by a simulation whose state has left the model's domain (e.g. a debt explosion). */
export class DivergedError extends Error {
  constructor(
    message: string,
    readonly variable?: string,
    readonly value?: number,
  ) {
    super(message);
    this.name = "DivergedError";
  }
}

/** Thrown when an invariant fails: names the step, the variable and the values involved. */
export class InvariantError extends Error {
  constructor(
    readonly step: number,
    readonly variable: string,
    readonly values: Record<string, number>,
    detail = "",
  ) {
    super(
      `invariant '${variable}' broken at step ${step}: ${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}${detail ? ` (${detail})` : ""}`,
    );
    this.name = "InvariantError";
  }
}
