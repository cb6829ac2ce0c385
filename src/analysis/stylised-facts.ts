/**
 * The statistic of each stylised-facts target (by the id of its row in a targets file, e.g.
 * src/models/refusal/stylised-facts.yaml), computed on one run's {@link FactInputs} exactly as the
 * row's `statistic` says. Conventions (those of the targets file):
 *
 * - levels enter as 100 ln x, the unemployment rate in percentage points (100 u), inflation as the
 *   quarterly π_t = 100 (ln P_t − ln P_{t−1}), not annualised;
 * - BK(x) is the Baxter–King band-pass of 6–32 quarters with K = 12 (band-pass.ts);
 * - relative volatility sd(BK(x)) / sd(BK(100 ln Y)); co-movement corr(BK(x)_{t+k}, BK(100 ln Y)_t);
 * - g_t = 100 (ln Y_t − ln Y_{t−1}), quarterly GDP growth.
 *
 * A measure returns NaN with a note when the run does not define it (too short, no complete
 * Goodwin turn); the scorecard averages over the runs where it is defined.
 */
import { autocorrelation } from "./autocorrelation.ts";
import { baxterKing } from "./band-pass.ts";
import { crossCorrelation, pearson } from "./correlation.ts";
import { mean, sampleSd, standardise } from "./descriptive.ts";
import type { FactInputs, FactSeries, MonthlySeries, QuarterlySeries } from "./fact-inputs.ts";
import { annualRate, entrantFailureShare } from "./firm-demography.ts";
import { cycleRotation } from "./goodwin-cycle.ts";
import { excessKurtosis, skewness } from "./moments.ts";
import { ols } from "./ols.ts";
import { paretoTailCsn } from "./pareto-tail.ts";
import { recessionStats } from "./recessions.ts";
import { subbotinFit } from "./subbotin.ts";

/** A run's value of a fact; NaN (with a note) when the run does not define it. */
export interface Measurement {
  value: number;
  note?: string;
}

/** The value, or the reason it cannot be measured on these inputs at all. */
export type MeasureResult = Measurement | { notMeasured: string };

/** Fewest quarters for a filtered statistic: the 24 lost to the filter plus 16 (four years). */
export const MIN_QUARTERS = 40;

const ln100 = (x: ArrayLike<number>): Float64Array =>
  Float64Array.from(x as ArrayLike<number>, (v) => 100 * Math.log(v));
const pts = (x: ArrayLike<number>): Float64Array => Float64Array.from(x as ArrayLike<number>, (v) => 100 * v);
const diff = (x: ArrayLike<number>): Float64Array => {
  const out = new Float64Array(Math.max(0, x.length - 1));
  for (let t = 1; t < x.length; t++) out[t - 1] = x[t] - x[t - 1];
  return out;
};

/** Cached transforms of one run's quarterly series. */
class Quarters {
  private readonly cache = new Map<string, Float64Array>();
  constructor(readonly q: FactInputs["quarterly"]) {}

  private memo(key: string, f: () => Float64Array): Float64Array {
    let v = this.cache.get(key);
    if (!v) {
      v = f();
      this.cache.set(key, v);
    }
    return v;
  }

  get(name: QuarterlySeries): Float64Array {
    const v = this.q[name];
    if (!v) throw new Error(`series ${name} missing`); // never: needs are checked first
    return v;
  }

  /** 100 ln of a level series. */
  ln(name: QuarterlySeries): Float64Array {
    return this.memo(`ln:${name}`, () => ln100(this.get(name)));
  }

  /** Quarterly inflation of a price level, 100 Δ ln P (one value shorter). */
  inflation(name: QuarterlySeries): Float64Array {
    return this.memo(`pi:${name}`, () => diff(this.ln(name)));
  }

  /** BK of a transformed series, cached by key. */
  bk(key: string, f: () => Float64Array): Float64Array {
    return this.memo(`bk:${key}`, () => baxterKing(f()));
  }

  /** BK(100 ln Y) over all quarters, or from the second (to align with a differenced series). */
  bkGdp(fromSecond = false): Float64Array {
    return fromSecond
      ? this.bk("gdp1", () => this.ln("gdp").subarray(1))
      : this.bk("gdp", () => this.ln("gdp"));
  }
}

type Transform = "ln" | "points" | "inflation" | "lnInverse";

/** The cyclical component of a series by its transform, aligned with {@link Quarters.bkGdp}. */
function cyclical(q: Quarters, name: QuarterlySeries, how: Transform): { x: Float64Array; y: Float64Array } {
  if (how === "inflation") return { x: q.bk(`pi:${name}`, () => q.inflation(name)), y: q.bkGdp(true) };
  if (how === "points") return { x: q.bk(`pt:${name}`, () => pts(q.get(name))), y: q.bkGdp() };
  if (how === "lnInverse") return { x: q.bk(`inv:${name}`, () => q.ln(name).map((v) => -v)), y: q.bkGdp() };
  return { x: q.bk(`ln:${name}`, () => q.ln(name)), y: q.bkGdp() };
}

interface Measure {
  needs: readonly FactSeries[];
  compute(q: Quarters, inputs: FactInputs): Measurement;
}

const tooShort = (q: Quarters): Measurement | null => {
  const n = q.get("gdp").length;
  return n < MIN_QUARTERS ? { value: Number.NaN, note: `${n} quarters, fewer than ${MIN_QUARTERS}` } : null;
};

/** sd(BK(x)) / sd(BK(100 ln Y)). */
function relvol(name: QuarterlySeries, how: Transform = "ln"): Measure {
  return {
    needs: ["gdp", name],
    compute(q) {
      const short = tooShort(q);
      if (short) return short;
      const { x, y } = cyclical(q, name, how);
      return { value: sampleSd(x) / sampleSd(y) };
    },
  };
}

/** corr(BK(x)_{t+k}, BK(100 ln Y)_t). */
function comove(name: QuarterlySeries, how: Transform = "ln", k = 0): Measure {
  return {
    needs: ["gdp", name],
    compute(q) {
      const short = tooShort(q);
      if (short) return short;
      const { x, y } = cyclical(q, name, how);
      return { value: crossCorrelation(x, y, k) };
    },
  };
}

const growth = (q: Quarters) => diff(q.ln("gdp"));

/** The Goodwin cycle of (BK(100 − 100u), BK(100 ln LS)), each standardised. */
function goodwin(q: Quarters) {
  const x = standardise(q.bk("employmentRate", () => q.get("unemployment").map((u) => 100 - 100 * u)));
  const y = standardise(q.bk("ln:labourShare", () => q.ln("labourShare")));
  return cycleRotation(x, y);
}

function goodwinMeasure(pick: (r: ReturnType<typeof cycleRotation>) => number, what: string): Measure {
  return {
    needs: ["unemployment", "labourShare", "gdp"],
    compute(q) {
      const short = tooShort(q);
      if (short) return short;
      const r = goodwin(q);
      const value = pick(r);
      return Number.isFinite(value)
        ? { value }
        : { value, note: `${r.lengths.length} complete counter-clockwise turn(s): no ${what}` };
    },
  };
}

function firmRate(events: MonthlySeries): Measure {
  return {
    needs: ["firms", events],
    compute(_q, inputs) {
      const r = annualRate(inputs.monthly[events]!, inputs.monthly.firms!, inputs.firmsBefore);
      return Number.isFinite(r.mean) ? { value: r.mean } : { value: r.mean, note: "no complete year" };
    },
  };
}

/** The measures, by target id. */
export const MEASURES: Readonly<Record<string, Measure>> = {
  relvol_consumption: relvol("consumption"),
  relvol_investment: relvol("investment"),
  relvol_investment_fixed: relvol("fixedInvestment"),
  relvol_employment: relvol("employment"),
  relvol_hours: relvol("hours"),
  relvol_unemployment: relvol("unemployment", "points"),
  relvol_real_wage: relvol("realWage"),
  relvol_productivity: relvol("productivity"),
  relvol_inflation: relvol("priceLevel", "inflation"),
  relvol_labour_share: relvol("labourShare"),
  relvol_vacancies: relvol("vacancies"),
  corr_consumption: comove("consumption"),
  corr_investment: comove("investment"),
  corr_employment: comove("employment"),
  corr_hours: comove("hours"),
  corr_unemployment: comove("unemployment", "points"),
  corr_real_wage: comove("realWage"),
  corr_productivity: comove("productivity"),
  corr_price_level: comove("priceLevel"),
  corr_inflation: comove("priceLevel", "inflation"),
  corr_vacancies: comove("vacancies"),
  corr_labour_share: comove("labourShare"),
  corr_labour_share_lag4: comove("labourShare", "ln", 4),
  corr_markup: comove("labourShare", "lnInverse"),
  gdp_growth_ac1: {
    needs: ["gdp"],
    compute: (q) => ({ value: autocorrelation(growth(q), 1) }),
  },
  gdp_growth_skewness: { needs: ["gdp"], compute: (q) => ({ value: skewness(growth(q)) }) },
  gdp_growth_excess_kurtosis: { needs: ["gdp"], compute: (q) => ({ value: excessKurtosis(growth(q)) }) },
  gdp_growth_subbotin_b: {
    needs: ["gdp"],
    compute: (q) => ({ value: subbotinFit(growth(q))?.b ?? Number.NaN }),
  },
  firm_size_tail_exponent: {
    needs: ["firmSizes"],
    compute(_q, inputs) {
      // Clauset–Shalizi–Newman on each year's cross-section; the mean over the years.
      const fits = inputs.firmSizes!.map((s) => paretoTailCsn(s)).filter((f) => f !== null);
      if (fits.length === 0) return { value: Number.NaN, note: "no cross-section with 10 or more firms" };
      return { value: mean(fits.map((f) => f.zeta)) };
    },
  },
  firm_growth_laplace: {
    needs: ["firmSizes"],
    compute(_q, inputs) {
      // Pooled over years after removing each year's mean.
      const pooled: number[] = [];
      for (const g of inputs.firmGrowth ?? []) {
        if (g.length === 0) continue;
        const m = mean(g);
        for (const v of g) pooled.push(v - m);
      }
      return pooled.length >= 4
        ? { value: excessKurtosis(pooled) }
        : { value: Number.NaN, note: "fewer than 4 firm-years of growth" };
    },
  },
  okun_gap: {
    needs: ["gdp", "unemployment"],
    compute(q) {
      const short = tooShort(q);
      if (short) return short;
      const { x: u, y } = cyclical(q, "unemployment", "points");
      return { value: ols(y, u).slope };
    },
  },
  okun_difference: {
    needs: ["gdp", "unemployment"],
    compute: (q) => ({ value: ols(growth(q), diff(pts(q.get("unemployment")))).slope }),
  },
  beveridge: {
    needs: ["gdp", "vacancies", "unemployment"],
    compute(q) {
      const short = tooShort(q);
      if (short) return short;
      const v = q.bk("ln:vacancies", () => q.ln("vacancies"));
      const u = q.bk("pt:unemployment", () => pts(q.get("unemployment")));
      return { value: pearson(v, u) };
    },
  },
  wage_phillips: {
    needs: ["nominalWage", "priceLevel", "unemployment"],
    compute(q) {
      // (wg_t − pg_{t−4}) = a + β u_t, year-on-year rates in percent, u in points.
      const w = q.ln("nominalWage");
      const p = q.ln("priceLevel");
      const u = q.get("unemployment");
      const xs: number[] = [];
      const ys: number[] = [];
      for (let t = 8; t < w.length; t++) {
        xs.push(100 * u[t]);
        ys.push(w[t] - w[t - 4] - (p[t - 4] - p[t - 8]));
      }
      return { value: ols(xs, ys).slope };
    },
  },
  goodwin_ccw_share: goodwinMeasure((r) => r.ccwShare, "share"),
  goodwin_cycle_length_cv: goodwinMeasure((r) => r.lengthCv, "coefficient of variation (needs 2)"),
  goodwin_mean_cycle_length: goodwinMeasure((r) => r.meanLength, "mean length"),
  recession_frequency: {
    needs: ["gdp"],
    compute: (q) => ({ value: recessionStats(q.ln("gdp")).perCentury }),
  },
  recession_duration: {
    needs: ["gdp"],
    compute(q) {
      const r = recessionStats(q.ln("gdp"));
      return r.durations.length > 0 ? { value: r.meanDuration } : { value: Number.NaN, note: "no recession" };
    },
  },
  firm_exit_rate: firmRate("firmExits"),
  establishment_entry_rate: firmRate("firmEntries"),
  entrant_failure_2y: {
    needs: ["firmEntries", "firmYoungExits"],
    compute(_q, inputs) {
      const v = entrantFailureShare(inputs.monthly.firmYoungExits!, inputs.monthly.firmEntries!);
      return Number.isFinite(v) ? { value: v } : { value: v, note: "no entrant" };
    },
  },
};

/**
 * The facts `ids` on one run's inputs: for each, its value (NaN with a note when the run does not
 * define it) or why it cannot be measured (the first series it needs that the inputs lack, or no
 * measure for the id).
 */
export function measureFacts(inputs: FactInputs, ids: readonly string[]): Record<string, MeasureResult> {
  const q = new Quarters(inputs.quarterly);
  const out: Record<string, MeasureResult> = {};
  for (const id of ids) {
    const m = MEASURES[id];
    if (!m) {
      out[id] = { notMeasured: "no measure of this row is implemented" };
      continue;
    }
    const lack = m.needs.find((s) => !has(inputs, s));
    if (lack !== undefined) {
      out[id] = { notMeasured: inputs.missing[lack] ?? `no ${lack} series` };
      continue;
    }
    out[id] = m.compute(q, inputs);
  }
  return out;
}

function has(inputs: FactInputs, s: FactSeries): boolean {
  if (s === "firmSizes") return inputs.firmSizes !== undefined;
  if (s === "firms" || s === "firmExits" || s === "firmEntries" || s === "firmYoungExits")
    return inputs.monthly[s] !== undefined;
  return inputs.quarterly[s] !== undefined;
}
