import { log } from "../../engine/math.ts";
import type { Rng } from "../../engine/rng.ts";
import type { WrightState } from "./state.ts";
import { laplaceFit, mean, sd, weightedMedian } from "./stats/describe.ts";
import { fitContinuousPowerLaw, fitDiscretePowerLaw, wrightOlsExponent } from "./stats/powerlaw.ts";
import { Reservoir } from "./stats/reservoir.ts";

/** Rows kept per sampled distribution (incomes, growth rates, ...): bounded memory at any N. */
const RESERVOIR_ROWS = 2 ** 18;

/**
 * The measures of Wright (2005, section 3), collected after the burn-in: class sizes (3.1),
 * firm sizes (3.2), firm growth (3.3), demises (3.4), GDP growth (3.5), recessions (3.6),
 * income shares (3.7), incomes and wealth (3.8) and profit rates (3.9). Monthly measures are
 * taken after every month, yearly ones at the close of every year, before `closeYear()`.
 */
export class WrightAccounts {
  private months = 0;
  private workers = 0;
  private capitalists = 0;
  private births = 0;
  private demises = 0;
  private largestFirm = 0;
  /** sizeHist[k] = firm-months with k employees. */
  private sizeHist = new Float64Array(64);
  /** GDP X_t (total firm revenue) of every year, burn-in included; and the first measured year. */
  private readonly gdp: number[] = [];
  private firstMeasuredYear = -1;
  private readonly profitShares: number[] = [];
  private readonly incomes: Reservoir;
  private readonly wealth: Reservoir;
  private readonly salesGrowth: Reservoir;
  private readonly sizeGrowth: Reservoir;
  /** (profit rate %, wage bill) of firms trading at the close of a year. */
  private readonly profitRates: Reservoir;
  private revenueOfProfitFirms = 0;
  private wagesOfProfitFirms = 0;

  constructor(rng: Rng) {
    this.incomes = new Reservoir(RESERVOIR_ROWS, 1, rng);
    this.wealth = new Reservoir(RESERVOIR_ROWS, 1, rng);
    this.salesGrowth = new Reservoir(RESERVOIR_ROWS, 1, rng);
    this.sizeGrowth = new Reservoir(RESERVOIR_ROWS, 1, rng);
    this.profitRates = new Reservoir(RESERVOIR_ROWS, 2, rng);
  }

  /** Monthly measures: class sizes, firm births and demises, the sizes of all firms. */
  recordMonth(s: WrightState): void {
    this.months++;
    this.workers += s.workerCount;
    this.capitalists += s.firmCount;
    this.births += s.monthBirths;
    this.demises += s.monthDemises;
    for (let f = 0; f < s.firmCount; f++) {
      const k = s.employees[s.firms[f]];
      if (k >= this.sizeHist.length) {
        const h = new Float64Array(Math.max(k + 1, this.sizeHist.length * 2));
        h.set(this.sizeHist);
        this.sizeHist = h;
      }
      this.sizeHist[k]++;
      if (k > this.largestFirm) this.largestFirm = k;
    }
  }

  /** GDP of the year, kept for every year so that the first measured year has a growth rate. */
  recordGdp(s: WrightState): void {
    this.gdp.push(s.yearRevenue);
  }

  /** Yearly measures at the close of a measured year (call after recordGdp). */
  recordYear(s: WrightState): void {
    if (this.firstMeasuredYear < 0) this.firstMeasuredYear = this.gdp.length - 1;
    if (s.yearRevenue > 0) this.profitShares.push(1 - s.yearWages / s.yearRevenue);
    const { employees, wageIncome, money, revenue, lastRevenue, lastSize, wagesPaid } = s;
    for (let i = 0; i < s.n; i++) {
      const size = employees[i];
      if (size > 0) {
        this.incomes.add(wageIncome[i] + revenue[i]); // income = wages + firm revenue (3.8)
        this.wealth.add(money[i]);
        if (wagesPaid[i] > 0) {
          this.profitRates.add((100 * (revenue[i] - wagesPaid[i])) / wagesPaid[i], wagesPaid[i]);
          this.revenueOfProfitFirms += revenue[i];
          this.wagesOfProfitFirms += wagesPaid[i];
        }
      }
      if (size > 0 && lastSize[i] > 0) {
        // Annual log growth of firms trading at both closes (see README: Wright's s = 1 convention
        // for entries and exits would let the many entrants dominate the sales distribution).
        this.sizeGrowth.add(log(size / lastSize[i]));
        if (revenue[i] > 0 && lastRevenue[i] > 0) this.salesGrowth.add(log(revenue[i] / lastRevenue[i]));
      }
    }
  }

  /** The summary figures; NaN where nothing was measured (e.g. a horizon within the burn-in). */
  summary(n: number): Record<string, number> {
    const m = this.months;
    const firmSize = fitDiscretePowerLaw(this.sizeHist);
    const income = fitContinuousPowerLaw(this.incomes.column(0));
    const wealth = fitContinuousPowerLaw(this.wealth.column(0));
    const sales = laplaceFit(this.salesGrowth.column(0));
    const size = laplaceFit(this.sizeGrowth.column(0));
    const gdpGrowth: number[] = [];
    const recessions: number[] = [];
    let run = 0;
    for (
      let t = Math.max(1, this.firstMeasuredYear);
      this.firstMeasuredYear >= 0 && t < this.gdp.length;
      t++
    ) {
      if (!(this.gdp[t] > 0 && this.gdp[t - 1] > 0)) continue;
      const ratio = this.gdp[t] / this.gdp[t - 1];
      gdpGrowth.push(log(ratio));
      if (ratio < 1) run++;
      else if (run > 0) {
        recessions.push(run); // a recession still running at the end is censored and left out
        run = 0;
      }
    }
    const profitShare = mean(this.profitShares);
    return {
      measuredMonths: m,
      workersShare: this.workers / (m * n),
      capitalistsShare: this.capitalists / (m * n),
      unemployedShare: 1 - (this.workers + this.capitalists) / (m * n),
      firms: this.capitalists / m,
      firmBirthsPerMonth: this.births / m,
      firmDemisesPerMonth: this.demises / m,
      largestFirmShare: m > 0 ? this.largestFirm / n : Number.NaN,
      profitShare,
      wageShare: 1 - profitShare,
      profitShareSd: sd(this.profitShares),
      firmSizeTailExponent: firmSize.alpha - 1,
      firmSizeTailExponentSe: firmSize.alphaSe,
      firmSizeTailXmin: firmSize.xmin,
      firmSizeTailN: firmSize.n,
      firmSizeTailKs: firmSize.ks,
      firmSizeExponentOls: wrightOlsExponent(this.sizeHist),
      incomeTailExponent: income.alpha - 1,
      incomeTailExponentSe: income.alphaSe,
      incomeTailXmin: income.xmin,
      incomeTailN: income.n,
      incomeTailKs: income.ks,
      wealthTailExponent: wealth.alpha - 1,
      wealthTailXmin: wealth.xmin,
      wealthTailN: wealth.n,
      firmGrowthSalesLocation: sales.location,
      firmGrowthSalesScale: sales.scale,
      firmGrowthSalesSd: sd(this.salesGrowth.column(0)),
      firmGrowthEmployeesLocation: size.location,
      firmGrowthEmployeesScale: size.scale,
      firmGrowthEmployeesSd: sd(this.sizeGrowth.column(0)),
      gdpGrowthScale: laplaceFit(gdpGrowth).scale,
      gdpGrowthSd: sd(gdpGrowth),
      recessions: recessions.length,
      recessionMeanYears: mean(recessions),
      // Durations d = 1, 2, ... years fitted by a geometric law P(d) ~ exp(-lambda d) (maximum
      // likelihood: 1 - exp(-lambda) = 1 / mean): the lambda of Wright's f(d) ~ lambda e^{-lambda d}.
      recessionDecayRate: recessions.length > 0 ? -log(1 - 1 / mean(recessions)) : Number.NaN,
      recessionMaxYears: recessions.length > 0 ? Math.max(...recessions) : Number.NaN,
      profitRateMean:
        this.wagesOfProfitFirms > 0
          ? (100 * (this.revenueOfProfitFirms - this.wagesOfProfitFirms)) / this.wagesOfProfitFirms
          : Number.NaN,
      profitRateMedian: weightedMedian(this.profitRates.column(0), this.profitRates.column(1)),
    };
  }
}
