import { log } from "../../engine/math.ts";
import { GeneralStrikeEpisodes, recoveryShare } from "./episodes.ts";
import { lostShare, wageShareOf } from "./mechanisms/aggregates.ts";
import { isCrisisMonth, runLength } from "./mechanisms/crisis.ts";
import { dominationIndex, refusedShare } from "./mechanisms/domination.ts";
import { REFUSAL_METRICS } from "./metrics.ts";
import type { RefusalParams } from "./params.ts";
import { EVENT, RESPONSE, type RefusalState, SECTOR, W0 } from "./state.ts";
import { cyclePeriod, olsSlope, pearson } from "./stats.ts";

const M = Object.fromEntries(REFUSAL_METRICS.map((m, i) => [m, i])) as Record<
  (typeof REFUSAL_METRICS)[number],
  number
>;

/** What a run's data collection does: fill the metrics row of a month, keep what the summary needs. */
export interface Observer {
  /** The metrics of the month last recorded (`REFUSAL_METRICS` order). */
  readonly row: Float64Array;
  /** Read the completed month (also at t = 0); accumulate for the summary when `accumulate`. */
  record(s: Readonly<RefusalState>, accumulate: boolean): void;
  summary(): Record<string, number>;
}

/**
 * The record, after the month is complete (phase "aggregate" computed what decisions read): the
 * metrics row, and streaming accumulators for the summary after burn-in. Annual series (one number
 * a year) are kept for the cycle, growth and regression figures. It only reads the state: the same
 * run without it ends in the same state (recorder.test.ts).
 */
export class Recorder implements Observer {
  readonly row = new Float64Array(REFUSAL_METRICS.length);
  private readonly burnIn: number;
  private months = 0;
  private readonly sums = new Float64Array(REFUSAL_METRICS.length);
  private lowProfit = 0;
  private inCrisis = false;
  private crises = 0;
  private crisisMonths = 0;
  private blockedMonthsRun = 0;
  private blockageMonths = 0;
  private attempts = 0;
  private blocked = 0;
  private strikeFirmMonths = 0;
  private readonly responses = new Float64Array(5);
  private readonly events = new Float64Array(4);
  private repressions = 0;
  private pending: { start: number; pre: number }[] = [];
  private recoveries: number[] = [];
  private lastDensity = 0;
  private generalStrikeMonths = 0;
  private readonly gsEpisodes = new GeneralStrikeEpisodes();
  private lastMonth = 0;
  private generalCalls = 0;
  private bankruptcies = 0;
  private entries = 0;
  // yearly accumulation
  private yOutput = 0;
  private yUnemp = 0;
  private yRealWage = 0;
  private yProfit = 0;
  private yCons = 0;
  private yLost = 0;
  private yPot = 0;
  private yMonths = 0;
  private readonly years: {
    output: number[];
    unemployment: number[];
    realWage: number[];
    profit: number[];
    consumption: number[];
    productivity: number[];
    strikeLoss: number[];
    capital: number[];
  } = {
    output: [],
    unemployment: [],
    realWage: [],
    profit: [],
    consumption: [],
    productivity: [],
    strikeLoss: [],
    capital: [],
  };
  private start = { productivity: 0, realWage: 0, capital: 0, output: 0 };

  constructor(private readonly p: RefusalParams) {
    this.burnIn = p.burnInYears * 12;
  }

  /** The month's metrics (also at t = 0), and the summary's accumulators after burn-in. */
  record(s: Readonly<RefusalState>, accumulate: boolean): void {
    const p = this.p;
    const n = s.n;
    const f = s.flows;
    const row = this.row;
    const employed = n - s.poolSize - s.reserveSize;
    let cap = 0;
    let firms = 0;
    let loans = 0;
    let effortSum = 0;
    let strikers = 0;
    let researchers = 0;
    let inventories = 0;
    for (let j = 0; j < s.nf; j++) {
      if (!s.active[j]) continue;
      firms++;
      if (s.sector[j] === SECTOR.consumption) inventories += s.inventory[j];
      cap += s.capacity[j];
      loans += s.loans[j];
      effortSum += s.effortSum[j];
      strikers += s.strikers[j];
      researchers += s.lab[j] * s.workforce[j];
    }
    const a = s.productivity;
    const K = s.capitalStock;
    const growth = s.outputGrowth;
    const wageShare = wageShareOf(f.wages, s.avgPrice, f.output);
    const kv = s.avgPrice * K;
    const profitRate = kv > 0 ? (12 * (f.salesValue - f.wages - f.depreciationValue)) / kv : 0;
    const accumulation = s.month > 0 && K > 0 && s.lastCapital > 0 ? 12 * log(K / s.lastCapital) : 0;
    // M12 log over the last 12 months.
    const er = s.eventRing;
    let cap12 = 0;
    let wrk12 = 0;
    for (let m = 0; m < 12; m++) {
      cap12 += er[m * 4 + EVENT.capitalOffer];
      wrk12 += er[m * 4 + EVENT.workersDemand];
    }
    const responses = s.responses[1] + s.responses[2] + s.responses[3] + s.responses[4];
    this.lowProfit = runLength(this.lowProfit, s.month > 0 && profitRate < p.crisisProfitRate);
    const crisis = s.month >= 12 && isCrisisMonth(growth, p.crisisOutputFall, this.lowProfit);

    row[M.output] = f.output / n;
    row[M.growth] = growth;
    row[M.unemploymentRate] = s.unemployment;
    row[M.wageShare] = wageShare;
    row[M.profitRate] = profitRate;
    row[M.accumulationRate] = accumulation;
    row[M.productivity] = a;
    row[M.productivityGrowth] = s.productivityGrowth;
    row[M.strikeShare] = employed > 0 ? strikers / employed : 0;
    row[M.organisationDensity] = s.density;
    row[M.crisis] = crisis ? 1 : 0;
    row[M.dominationIndex] = dominationIndex(cap12, wrk12);
    row[M.firms] = firms;
    row[M.meanWage] = s.meanWage / W0;
    row[M.priceLevel] = s.avgPrice / s.initialPrice;
    row[M.inflation] = s.inflation;
    row[M.realWage] = s.meanWage / W0 / (s.avgPrice / s.initialPrice);
    row[M.capital] = K / n;
    row[M.workersConsumption] = f.consumptionWorkersReal / n;
    row[M.effort] = employed > 0 ? effortSum / employed : 1;
    row[M.adoptionBlocked] = s.adoptionAttempts > 0 ? s.adoptionBlocked / s.adoptionAttempts : 0;
    row[M.lostOutput] = lostShare(f.potentialOutput, f.output);
    row[M.automationShare] = responses > 0 ? s.responses[RESPONSE.automate] / responses : 0;
    row[M.concessionShare] = responses > 0 ? s.responses[RESPONSE.concede] / responses : 0;
    row[M.hireAroundShare] = responses > 0 ? s.responses[RESPONSE.hireAround] / responses : 0;
    row[M.repressionCalls] = s.repressionCalls;
    row[M.repression] = s.repression;
    row[M.generalStrike] = s.generalStrike > 0 ? 1 : 0;
    row[M.fund] = s.meanWage > 0 ? s.fund / (s.meanWage * n) : 0;
    row[M.bankruptcies] = s.bankruptcies;
    row[M.leverage] = kv > 0 ? loans / kv : 0;
    row[M.utilisation] = cap > 0 ? (f.output - f.machineOutput) / cap : 0;
    row[M.investment] = f.investmentReal / n;
    row[M.consumption] = f.consumptionReal / n;
    row[M.government] = f.governmentReal / n;
    row[M.vacancies] = f.vacancies / n;
    row[M.entries] = s.entries;
    row[M.badDebt] = loans + s.writeOffs > 0 ? s.writeOffs / (loans + s.writeOffs) : 0;
    row[M.researchShare] = employed > 0 ? researchers / employed : 0;
    row[M.labourForce] = (n - s.reserveSize) / n;
    row[M.youngExits] = s.youngExits;
    row[M.inventories] = inventories / n;

    if (accumulate && s.month > this.burnIn) this.accumulate(s, crisis, a, K, accumulation);
    else if (accumulate && s.month === this.burnIn) {
      this.start = {
        productivity: a,
        realWage: row[M.realWage],
        capital: K,
        output: f.output,
      };
      this.lastDensity = s.density;
    }
    if (s.month === 0)
      this.start = { productivity: a, realWage: row[M.realWage], capital: K, output: f.output };
  }

  private accumulate(s: Readonly<RefusalState>, crisis: boolean, a: number, K: number, acc: number): void {
    const row = this.row;
    this.months++;
    for (let k = 0; k < row.length; k++) this.sums[k] += row[k];
    if (crisis && !this.inCrisis) this.crises++;
    this.inCrisis = crisis;
    if (crisis) this.crisisMonths++;
    this.blockedMonthsRun = runLength(this.blockedMonthsRun, acc <= 0 && s.density >= 0.2);
    if (this.blockedMonthsRun >= 12) this.blockageMonths++;
    this.attempts += s.adoptionAttempts;
    this.blocked += s.adoptionBlocked;
    this.strikeFirmMonths += s.firmsOnStrike;
    for (let k = 0; k < 5; k++) this.responses[k] += s.responses[k];
    for (let k = 0; k < 4; k++) this.events[k] += s.events[k];
    this.bankruptcies += s.bankruptcies;
    this.entries += s.entries;
    if (s.generalStrike > 0) this.generalStrikeMonths++;
    this.generalCalls += s.generalCalls;
    this.gsEpisodes.month(s.month, row[M.wageShare], s.generalStrike > 0);
    this.lastMonth = s.month;
    // M13: recovery of organisation after repression.
    if (s.repressed > 0) {
      this.repressions += s.repressed;
      this.pending.push({ start: s.month, pre: this.lastDensity });
    }
    for (let k = this.pending.length - 1; k >= 0; k--) {
      const e = this.pending[k];
      if (s.month > e.start && s.density >= 0.9 * e.pre) {
        this.recoveries.push(s.month - e.start);
        this.pending.splice(k, 1);
      }
    }
    this.lastDensity = s.density;
    // Yearly series.
    const f = s.flows;
    this.yOutput += f.output;
    this.yUnemp += s.unemployment;
    this.yRealWage += row[M.realWage];
    this.yProfit += (f.salesValue - f.wages - f.depreciationValue) / s.avgPrice;
    this.yCons += f.consumptionWorkersReal;
    this.yLost += f.potentialOutput - f.output;
    this.yPot += f.potentialOutput;
    this.yMonths++;
    if (this.yMonths === 12) {
      const y = this.years;
      y.output.push(this.yOutput);
      y.unemployment.push(this.yUnemp / 12);
      y.realWage.push(this.yRealWage / 12);
      y.profit.push(this.yProfit);
      y.consumption.push(this.yCons);
      y.productivity.push(a);
      y.strikeLoss.push(this.yPot > 0 ? this.yLost / this.yPot : 0);
      y.capital.push(K);
      this.yOutput = this.yUnemp = this.yRealWage = this.yProfit = this.yCons = this.yLost = this.yPot = 0;
      this.yMonths = 0;
    }
  }

  /** Summary figures after burn-in (means as fractions, growth as annual log rates). */
  summary(): Record<string, number> {
    const m = this.months;
    const mean = (k: number) => (m > 0 ? this.sums[k] / m : 0);
    const y = this.years;
    const nY = y.output.length;
    const years = m / 12;
    const annualGrowth: number[] = [];
    for (let k = 1; k < nY; k++) annualGrowth.push(log(y.output[k] / y.output[k - 1]));
    const gMean = annualGrowth.length > 0 ? annualGrowth.reduce((a, b) => a + b, 0) / annualGrowth.length : 0;
    const gSd =
      annualGrowth.length > 1
        ? Math.sqrt(annualGrowth.reduce((a, b) => a + (b - gMean) ** 2, 0) / (annualGrowth.length - 1))
        : 0;
    const prodGrowth: number[] = [];
    const lagLoss: number[] = [];
    for (let k = 1; k < nY; k++) {
      prodGrowth.push(log(y.productivity[k] / y.productivity[k - 1]));
      lagLoss.push(y.strikeLoss[k - 1]);
    }
    const lastRow = this.row;
    const totalResponses = this.responses[1] + this.responses[2] + this.responses[3] + this.responses[4];
    const share = (k: number) => (totalResponses > 0 ? this.responses[k] / totalResponses : 0);
    const cons0 = nY > 0 ? y.consumption[0] : 0;
    const minCons = nY > 0 && cons0 > 0 ? Math.min(...y.consumption) / cons0 : 0;
    const profit0 = nY > 0 ? y.profit[0] : 0;
    const profitN = nY > 0 ? y.profit[nY - 1] : 0;
    const rate = (a: number, b: number) => (years > 0 && a > 0 && b > 0 ? log(b / a) / years : 0);
    return {
      summaryYears: years,
      unemploymentRate: mean(M.unemploymentRate),
      unemploymentMin: nY > 0 ? Math.min(...y.unemployment) : 0,
      unemploymentMax: nY > 0 ? Math.max(...y.unemployment) : 0,
      wageShare: mean(M.wageShare),
      profitRate: mean(M.profitRate),
      accumulationRate: mean(M.accumulationRate),
      outputGrowth: nY > 1 ? log(y.output[nY - 1] / y.output[0]) / (nY - 1) : 0,
      productivityGrowth: rate(this.start.productivity, lastRow[M.productivity]),
      realWageGrowth: rate(this.start.realWage, lastRow[M.realWage]),
      profitGrowth: nY > 1 && profit0 > 0 && profitN > 0 ? log(profitN / profit0) / (nY - 1) : 0,
      capitalChange: this.start.capital > 0 ? (nY > 0 ? y.capital[nY - 1] : 0) / this.start.capital - 1 : 0,
      growthSd: gSd,
      cyclePeriod: cyclePeriod(y.unemployment),
      inflation: mean(M.inflation),
      strikeShare: mean(M.strikeShare),
      strikeMonths: this.strikeFirmMonths,
      strikeMonthsPerYear: years > 0 ? this.strikeFirmMonths / years : 0,
      lostOutput: mean(M.lostOutput),
      organisationDensity: mean(M.organisationDensity),
      crises: this.crises,
      crisisMonths: this.crisisMonths,
      blockageMonths: this.blockageMonths,
      dominationIndex: mean(M.dominationIndex),
      offersRefused: refusedShare(this.events[EVENT.offerRefused], this.events[EVENT.capitalOffer]),
      demandsTabled: this.events[EVENT.workersDemand],
      capitalOffers: this.events[EVENT.capitalOffer],
      adoptionBlocked: this.attempts > 0 ? this.blocked / this.attempts : 0,
      effort: mean(M.effort),
      minWorkersConsumption: minCons,
      responseConcede: share(RESPONSE.concede),
      responseAutomate: share(RESPONSE.automate),
      responseHireAround: share(RESPONSE.hireAround),
      responseRepression: share(RESPONSE.repression),
      responses: totalResponses,
      repressions: this.repressions,
      recoveryMonths:
        this.recoveries.length > 0 ? this.recoveries.reduce((a, b) => a + b, 0) / this.recoveries.length : 0,
      unrecovered: this.pending.length,
      recoveryShare: recoveryShare(
        this.recoveries.length,
        this.pending.map((e) => this.lastMonth - e.start),
      ),
      ...this.gsEpisodes.summary(),
      generalStrikeMonths: this.generalStrikeMonths,
      generalStrikeCalls: this.generalCalls,
      productivityStrikeSlope: olsSlope(lagLoss, prodGrowth),
      productivityStrikeCorrelation: pearson(lagLoss, prodGrowth),
      bankruptcies: this.bankruptcies,
      entries: this.entries,
      firms: mean(M.firms),
    };
  }
}
