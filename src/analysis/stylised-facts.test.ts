import { describe, expect, it } from "vitest";
import { createRng } from "../engine/rng.ts";
import type { FactInputs } from "./fact-inputs.ts";
import { type Measurement, measureFacts } from "./stylised-facts.ts";

const Q = 200;
const TWO_PI = 2 * Math.PI;
/** The business cycle: a 20-quarter sine, lagged by `lag` quarters. */
const cyc = (t: number, lag = 0) => Math.sin((TWO_PI * (t - lag)) / 20);
const series = (f: (t: number) => number, n = Q) => Float64Array.from({ length: n }, (_, t) => f(t));

/** Quarterly inputs with known cyclical parts (levels as exp(x / 100), so 100 ln = x). */
function synthetic(n = Q): FactInputs {
  const level = (f: (t: number) => number) => series((t) => Math.exp(f(t) / 100), n);
  // 100 u = 7 − 0.5 cycle; wage growth over 4 quarters = 2 − 0.5 · 100 u (prices constant).
  const u = series((t) => 0.07 - 0.005 * cyc(t), n);
  const lnW = new Float64Array(n);
  for (let t = 4; t < n; t++) lnW[t] = lnW[t - 4] + 2 - 0.5 * 100 * u[t];
  return {
    quarterly: {
      gdp: level((t) => 0.5 * t + 2 * cyc(t)),
      employment: level((t) => cyc(t)),
      unemployment: u,
      // The labour share a quarter-cycle (5 quarters) behind output.
      labourShare: level((t) => 60 + 1.5 * cyc(t, 5)),
      nominalWage: series((t) => Math.exp(lnW[t] / 100), n),
      priceLevel: series(() => 1, n),
    },
    monthly: {
      firms: series(() => 100, 36),
      firmExits: series((i) => (i % 2 === 0 ? 1 : 0), 36),
    },
    firmsBefore: 100,
    missing: { vacancies: "the model records no vacancies" },
    notes: [],
  };
}

const value = (r: unknown) => (r as Measurement).value;

describe("measureFacts()", () => {
  const r = measureFacts(synthetic(), [
    "relvol_employment",
    "corr_employment",
    "relvol_unemployment",
    "corr_unemployment",
    "okun_gap",
    "corr_labour_share",
    "corr_markup",
    "corr_labour_share_lag4",
    "goodwin_ccw_share",
    "goodwin_mean_cycle_length",
    "goodwin_cycle_length_cv",
    "wage_phillips",
    "firm_exit_rate",
    "relvol_vacancies",
    "beveridge",
    "no_such_row",
  ]);

  it("relative volatility and co-movement of a series that is half the cycle of output: 0.5 and 1", () => {
    expect(value(r.relvol_employment)).toBeCloseTo(0.5, 10);
    expect(value(r.corr_employment)).toBeCloseTo(1, 10);
  });

  it("unemployment in points: relative volatility 0.25, correlation −1, Okun slope −0.25", () => {
    expect(value(r.relvol_unemployment)).toBeCloseTo(0.25, 10);
    expect(value(r.corr_unemployment)).toBeCloseTo(-1, 10);
    expect(value(r.okun_gap)).toBeCloseTo(-0.25, 10);
  });

  it("a labour share 5 quarters behind: uncorrelated at lag 0, the markup its mirror, ~1 at lag 4", () => {
    expect(Math.abs(value(r.corr_labour_share))).toBeLessThan(0.05);
    expect(value(r.corr_markup)).toBeCloseTo(-value(r.corr_labour_share), 12);
    expect(value(r.corr_labour_share_lag4)).toBeGreaterThan(0.94); // cos(2π/20) = 0.951
  });

  it("the Goodwin cycle of (employment rate, labour share) turns counter-clockwise every quarter, every 20 quarters", () => {
    expect(value(r.goodwin_ccw_share)).toBe(1);
    expect(value(r.goodwin_mean_cycle_length)).toBeCloseTo(20, 0);
    expect(value(r.goodwin_cycle_length_cv)).toBeLessThan(0.06);
  });

  it("the wage Phillips slope is the one the wages were built with (−0.5)", () => {
    expect(value(r.wage_phillips)).toBeCloseTo(-0.5, 10);
  });

  it("the firm exit rate: 6 exits a year of 100 firms, 6%", () => {
    expect(value(r.firm_exit_rate)).toBeCloseTo(6, 12);
  });

  it("a row whose series is missing says why; a row without a measure says so", () => {
    expect(r.relvol_vacancies).toEqual({ notMeasured: "the model records no vacancies" });
    expect(r.beveridge).toEqual({ notMeasured: "the model records no vacancies" });
    expect(r.no_such_row).toEqual({ notMeasured: "no measure of this row is implemented" });
  });

  it("GDP growth: persistence near cos(2π/20), a recession each cycle (20 per century) lasting 8 quarters", () => {
    const big = synthetic();
    // 100 ln Y = 0.5 t + 5 sin(2πt/20) falls while 0.5 + (π/2) cos(2πt/20) < 0: from t = 6.03 to
    // 13.97 in each cycle, so peaks and troughs 8 quarters apart.
    big.quarterly.gdp = series((t) => Math.exp((0.5 * t + 5 * cyc(t)) / 100));
    const g = measureFacts(big, [
      "gdp_growth_ac1",
      "recession_frequency",
      "recession_duration",
      "gdp_growth_skewness",
    ]);
    expect(value(g.gdp_growth_ac1)).toBeGreaterThan(0.93);
    expect(Math.abs(value(g.recession_frequency) - 20)).toBeLessThanOrEqual(2);
    expect(value(g.recession_duration)).toBe(8);
    expect(Math.abs(value(g.gdp_growth_skewness))).toBeLessThan(0.1);
  });

  it("the firm-size tail of Pareto cross-sections with exponent 1.06, and the kurtosis of Laplace firm growth", () => {
    const rng = createRng(4, "firms");
    const inp = synthetic();
    inp.firmSizes = Array.from({ length: 5 }, () =>
      Float64Array.from({ length: 2000 }, () => 10 * (1 - rng.float()) ** (-1 / 1.06)),
    );
    inp.firmGrowth = Array.from({ length: 5 }, (_, y) =>
      Float64Array.from({ length: 2000 }, () => y + 0.1 * rng.exponential() * (rng.chance(0.5) ? 1 : -1)),
    );
    const f = measureFacts(inp, ["firm_size_tail_exponent", "firm_growth_laplace"]);
    expect(Math.abs(value(f.firm_size_tail_exponent) - 1.06)).toBeLessThan(0.08);
    expect(Math.abs(value(f.firm_growth_laplace) - 3)).toBeLessThan(0.6); // year means removed
  });

  it("too short a run: NaN with a note", () => {
    const short = measureFacts(synthetic(30), ["relvol_employment"]);
    expect(short.relvol_employment).toEqual({ value: Number.NaN, note: "30 quarters, fewer than 40" });
  });
});
