/**
 * The series the stylised facts are measured on, and how a model says where they come from. A
 * model offers a {@link ModelFacts}: for each series, a recipe from its recorded metrics, or the
 * words for what it does not record. {@link buildFactInputs} turns one run's recorded rows into
 * {@link FactInputs}: quarterly aggregates after the burn-in, monthly firm counts, and the reason
 * for every series that could not be built.
 */
import { quarterlyMean, quarterlyWeightedMean } from "./quarterly.ts";

/** Quarterly macro series (levels; rates such as unemployment as fractions). */
export const QUARTERLY_SERIES = [
  "gdp",
  "consumption",
  "investment",
  "fixedInvestment",
  "employment",
  "hours",
  "unemployment",
  "realWage",
  "nominalWage",
  "productivity",
  "priceLevel",
  "labourShare",
  "vacancies",
] as const;
export type QuarterlySeries = (typeof QUARTERLY_SERIES)[number];

/**
 * Monthly firm counts: firms alive at the end of the month, exits and entries during it, and the
 * exits of firms younger than two years (entrants that failed).
 */
export const MONTHLY_SERIES = ["firms", "firmExits", "firmEntries", "firmYoungExits"] as const;
export type MonthlySeries = (typeof MONTHLY_SERIES)[number];

/** Every input a fact can need, including the firm-level cross-sections. */
export type FactSeries = QuarterlySeries | MonthlySeries | "firmSizes";

/** A run's recorded metrics, one column per metric, one value per recorded sample. */
export type Columns = Readonly<Record<string, ArrayLike<number>>>;

/** How a model builds one series from its recorded metrics. */
export interface SeriesRecipe {
  /** The metrics it is built from. */
  metrics: readonly string[];
  /** What it is, in words. */
  text: string;
  /** The value at recorded sample i. */
  value(c: Columns, i: number): number;
  /** The weight of sample i in its quarter (default: equal), e.g. the value of output for a share. */
  weight?(c: Columns, i: number): number;
  /** Uses the previous sample too (a difference of counts): needs series recorded every month. */
  monthly?: boolean;
}

/** What a model offers for the stylised-facts scorecard. */
export interface ModelFacts {
  /** The targets file, a YAML data file next to the model. */
  targets: URL;
  /** Months at the start left out of every fact (the burn-in), from the run's parameters. */
  burnInMonths(params: Readonly<Record<string, unknown>>): number;
  /** Months per recorded step of the model (1 for a monthly model). */
  monthsPerStep: number;
  /** A recipe for each series the model records. */
  series: Partial<Record<QuarterlySeries | MonthlySeries, SeriesRecipe>>;
  /** What the model does not record, in words: a row needing it says "the model records no <this>". */
  absent: Partial<Record<FactSeries, string>>;
  /** Firm sizes come from the simulation's workplace cells (workforce per firm) in a model run. */
  firmSizesFromCells?: string;
}

/** One run's inputs to the facts. */
export interface FactInputs {
  /** Quarterly aggregates after the burn-in, all of the same length. */
  quarterly: Partial<Record<QuarterlySeries, Float64Array>>;
  /** Monthly counts after the burn-in. */
  monthly: Partial<Record<MonthlySeries, Float64Array>>;
  /** Firms alive at the end of the burn-in (NaN when unknown). */
  firmsBefore: number;
  /** Firm sizes (workforce of each active firm), one cross-section per year after the burn-in. */
  firmSizes?: Float64Array[];
  /** Log growth of the size of each firm alive through a whole year, one array per year. */
  firmGrowth?: Float64Array[];
  /** Why each series that is not there is not there ("the model records no vacancies"). */
  missing: Partial<Record<FactSeries, string>>;
  /** Things a reader must know about how the inputs were built. */
  notes: string[];
}

export interface BuildOptions {
  /** Months between two recorded samples (1: every month; 3: every third month). */
  monthsPerSample: number;
  /** Burn-in, in months: samples up to this month are left out. */
  burnInMonths: number;
  /** Metrics that exist but were not stored (for the wording of a missing series). */
  storedOnly?: boolean;
}

/**
 * The quarterly and monthly inputs of one run from its recorded columns (sample k is month
 * k · monthsPerSample, sample 0 the initial state). Quarter 1 is the three months after the
 * burn-in; an incomplete last quarter is dropped. With samples every third month, a quarter is its
 * last month's value (a note says so) and the monthly firm counts cannot be built.
 */
export function buildFactInputs(spec: ModelFacts, cols: Columns, o: BuildOptions): FactInputs {
  const missing: FactInputs["missing"] = {};
  const notes: string[] = [];
  const quarterly: FactInputs["quarterly"] = {};
  const monthly: FactInputs["monthly"] = {};
  for (const [name, what] of Object.entries(spec.absent))
    missing[name as FactSeries] = `the model records no ${what}`;
  const m = o.monthsPerSample;
  const length = Math.min(...Object.values(cols).map((c) => c.length));
  const start = Math.floor(o.burnInMonths / m) + 1;
  const perQuarter = 3 / m;
  const quarterlyOk = Number.isInteger(perQuarter) && perQuarter >= 1;
  if (!quarterlyOk)
    notes.push(`the series are recorded every ${m} months: no quarterly aggregate can be formed`);
  else if (perQuarter === 1 && m === 3)
    notes.push(
      "the series are recorded every third month: each quarter is its last month's value, not the quarter's mean",
    );
  const lacks = (r: SeriesRecipe) => r.metrics.find((k) => !(k in cols));
  const unavailable = (r: SeriesRecipe): string | undefined => {
    const k = lacks(r);
    if (k !== undefined)
      return o.storedOnly ? `the stored runs hold no ${k} series` : `the model records no ${k}`;
    return undefined;
  };
  for (const [name, r] of Object.entries(spec.series) as [QuarterlySeries | MonthlySeries, SeriesRecipe][]) {
    const why = unavailable(r);
    if (why) {
      missing[name] = why;
      continue;
    }
    const isMonthly = (MONTHLY_SERIES as readonly string[]).includes(name);
    if (isMonthly || r.monthly) {
      if (m !== 1) {
        missing[name] = `${r.text} needs every month's values; the series are recorded every ${m} months`;
        continue;
      }
    }
    if (isMonthly) {
      const out = new Float64Array(Math.max(0, length - start));
      for (let i = start; i < length; i++) out[i - start] = r.value(cols, i);
      monthly[name as MonthlySeries] = out;
      continue;
    }
    if (!quarterlyOk) {
      missing[name] = `quarterly ${name} cannot be formed from samples every ${m} months`;
      continue;
    }
    const n = Math.max(0, length - start);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = r.value(cols, start + i);
    let out: Float64Array;
    if (r.weight) {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) w[i] = r.weight(cols, start + i);
      out = quarterlyWeightedMean(v, w, perQuarter);
    } else out = quarterlyMean(v, perQuarter);
    quarterly[name as QuarterlySeries] = out;
  }
  const firmsRecipe = spec.series.firms;
  const firmsBefore =
    firmsRecipe && !lacks(firmsRecipe) && start - 1 < length
      ? firmsRecipe.value(cols, start - 1)
      : Number.NaN;
  return { quarterly, monthly, firmsBefore, missing, notes };
}
