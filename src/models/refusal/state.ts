import type { RefusalParams } from "./params.ts";

/** `employer` of an unemployed worker, and the end of a workforce list. */
export const NONE = -1;

/** Initial wage, money units a month (integer cents of a wage of 1,000). */
export const W0 = 100_000;

/** Strike kinds of a firm (`strikeKind`). */
export const STRIKE = { none: 0, bargaining: 1, rotating: 2, general: 3 } as const;

/** Firm responses to a confrontation (M4), as counted in `responses`. */
export const RESPONSE = { wait: 0, concede: 1, automate: 2, hireAround: 3, repression: 4 } as const;
export const RESPONSE_COUNT = 5;

/**
 * What a firm's new capital embodies (`adopt`): the firm's own technique, the frontier, or the
 * frontier under a productivity deal (M12: a raise next month).
 */
export const ADOPT = { own: 0, frontier: 1, deal: 2 } as const;

/** Bargaining-log events (M12), as counted in `events`. */
export const EVENT = {
  workersDemand: 0,
  capitalOffer: 1,
  offerRefused: 2,
  demandRefused: 3,
} as const;

/**
 * The whole state of a `refusal` run: struct-of-arrays typed arrays for workers and firm slots,
 * scalars for the bank, the State, the organisation and the technique frontier. Money stocks are
 * integers (held in Float64Array, exact below 2^53); real quantities are doubles.
 */
export interface RefusalState {
  readonly n: number;
  /** Firm slots; slot j is owned by capitalist household j. */
  readonly nf: number;
  month: number;

  // ---- workers (households) ----
  /** Deposits, integer money units. */
  readonly money: Float64Array;
  /** Firm slot, or NONE. */
  readonly employer: Int32Array;
  /** Workforce lists: a doubly-linked list per firm, oldest hire at the head (LIFO firing from the tail). */
  readonly next: Int32Array;
  readonly prev: Int32Array;
  /** Wage, money units a month (paid rounded). */
  readonly wage: Float64Array;
  readonly effort: Float32Array;
  readonly organised: Uint8Array;
  /** Collective-action threshold theta_i (share of others acting), fixed for life: memory (M13). */
  readonly threshold: Float32Array;
  readonly striking: Uint8Array;
  /** Fairness reference wage (M8), money units a month. */
  readonly wageRef: Float64Array;
  /** Months in the current unemployment spell. */
  readonly spell: Int32Array;
  /** This month's consumption outlay (refunded pro rata when goods are rationed). */
  readonly spend: Float64Array;
  /** Unemployed pool (ids) and each worker's position in it (NONE when employed). */
  readonly pool: Int32Array;
  readonly poolPos: Int32Array;
  poolSize: number;

  // ---- firms (one slot per capitalist household) ----
  readonly active: Uint8Array;
  readonly owner: Int32Array;
  /** Capital stock, real units. */
  readonly capital: Float64Array;
  /** Full-capacity output a month, sum over vintages of K_v / (12 nu_v). */
  readonly capacity: Float64Array;
  /** Effort-weighted worker-months needed at full capacity, sum over vintages of capacity_v / a_v. */
  readonly labourReq: Float64Array;
  readonly postedWage: Float64Array;
  readonly price: Float64Array;
  readonly markup: Float64Array;
  readonly expDemand: Float64Array;
  readonly inventory: Float64Array;
  /** Deposits and loans, integer money units. */
  readonly deposits: Float64Array;
  readonly loans: Float64Array;
  readonly workforce: Int32Array;
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly organisedCount: Int32Array;
  readonly strikers: Int32Array;
  readonly recognised: Uint8Array;
  readonly strikeKind: Uint8Array;
  /** Months the current strike has lasted. */
  readonly strikeAge: Int32Array;
  /** Raise on the table in a bargaining strike (fraction) and the firm's offer. */
  readonly strikeDemand: Float64Array;
  readonly strikeOffer: Float64Array;
  /** Month of the year (0..11) of the firm's contract (staggered bargaining). */
  readonly contractMonth: Uint8Array;
  /** This month's wage raise (fraction), applied to every worker of the firm. */
  readonly raise: Float64Array;
  readonly plannedOutput: Float64Array;
  readonly desiredWorkforce: Int32Array;
  readonly vacancyRate: Float64Array;
  readonly output: Float64Array;
  /** Output lost to strikes this month (real). */
  readonly lostOutput: Float64Array;
  readonly hours: Float64Array;
  /** Sum of wages of the firm's workers (money a month, unrounded), workers on strike included. */
  readonly wageSum: Float64Array;
  /** Wages due this month to those who worked (integer). */
  readonly wageDue: Float64Array;
  /** Sum of efforts of the firm's workers (strikers included), for its mean effort. */
  readonly effortSum: Float64Array;
  readonly meanEffort: Float64Array;
  readonly supervision: Float64Array;
  readonly sales: Float64Array;
  readonly revenue: Float64Array;
  /** Investment budget ordered for this month's goods market (integer) and its technique (`ADOPT`). */
  readonly investBudget: Float64Array;
  readonly adopt: Uint8Array;
  /** Twelve-month moving sums (EWMA, 1/12) of revenue, wage bill and net profit. */
  readonly revenue12: Float64Array;
  readonly wageBill12: Float64Array;
  /** EWMA of the annual net profit rate (after depreciation, before interest). */
  readonly profitRate: Float64Array;
  /** Recent wins at the workplace (decaying count), M11. */
  readonly wins: Float64Array;
  /** Months left of hiring around the organised (M4). */
  readonly hireAround: Int32Array;
  /** Months left of an automation drive (M4): each month a twelfth of the drive's capital is replaced. */
  readonly automate: Uint8Array;
  /** Months a firm has been struck by a rotating strike recently (so the rotation moves on). */
  readonly lastStruck: Int32Array;
  /** Dividends paid last month to the slot's owner (integer), for capitalists' consumption. */
  readonly dividends: Float64Array;
  /** Frontier productivity at the last productivity deal offered at the firm (M12). */
  readonly lastOffer: Float64Array;
  /** A productivity deal's raise to apply next month (M12). */
  readonly dealRaise: Float64Array;
  /** Interest paid this month (integer). */
  readonly interestPaid: Float64Array;
  /** The raise beyond inflation and productivity in a bargaining strike's demand. */
  readonly strikeExtra: Float64Array;
  /** Month of the last automation drive. */
  readonly lastAutomation: Int32Array;
  /** Scratch per firm: capitalists' planned and actual outlays, market weights, supply values, mean wages. */
  readonly capSpend: Float64Array;
  readonly capGot: Float64Array;
  readonly weight: Float64Array;
  readonly supplyValue: Float64Array;
  readonly meanWageAt: Float64Array;
  readonly groupPlan: Float64Array;
  readonly groupGot: Float64Array;
  /** Histogram of thresholds for class-wide cascades (101 bins). */
  readonly hist: Float64Array;
  /** Money of capitalist household j (deposits, integer). */
  readonly capMoney: Float64Array;
  /** Scratch: firm order for hiring and other shuffles. */
  readonly order: Int32Array;
  /** Scratch: thresholds of a workplace or the class (cascades). */
  readonly scratch: Float64Array;
  readonly scratchIds: Int32Array;

  // ---- bank ----
  /** Interest received this month. */
  interestIncome: number;
  bankLoans: number;
  bankDeposits: number;
  bankEquity: number;
  // ---- State ----
  stateDeposits: number;
  stateLoans: number;
  /** Spending decided for this month (integer). */
  stateSpending: number;
  // ---- organisation ----
  fund: number;
  /** Repression intensity R in [0, 1] (decays), months since the last repression, ban months left. */
  repression: number;
  monthsSinceRepression: number;
  recognitionBanLeft: number;
  /** General strike: months active (0 = none), months since the last one. */
  generalStrike: number;
  monthsSinceGeneralStrike: number;
  /** Share of employment at firms that conceded in the current general strike. */
  generalConceded: number;

  // ---- technique frontier (M3) ----
  frontierA: number;
  frontierNu: number;

  // ---- aggregates of the last month (phase "aggregate", `phases/aggregate.ts`) ----
  unemployment: number;
  density: number;
  meanWage: number;
  /** Labour productivity of the economy's techniques, full-capacity output per worker-month. */
  productivity: number;
  /** Output-weighted mean price, money units per unit of the good, and its value at the start. */
  avgPrice: number;
  initialPrice: number;
  /** Annual rates over the last 12 months. */
  inflation: number;
  productivityGrowth: number;
  wageShare: number;
  /** Share of potential output lost to strikes over the last 12 months. */
  strikeLoss12: number;
  /** Trend growth of output firms expect (per year, slow EWMA). */
  trendGrowth: number;
  /** Workplace pass: wages of strikers (money a month) and unemployed members. */
  strikeWages: number;
  unemployedMembers: number;
  /** Workers' planned consumption this month (integer). */
  plannedWorkers: number;
  /** Rings of the last 13 months of technique productivity and mean price, and of 15 months of output. */
  readonly prodRing: Float64Array;
  readonly priceRing: Float64Array;
  readonly outputRing: Float64Array;
  /** Capital stock at the end of this month and of the month before (for the accumulation rate). */
  capitalStock: number;
  lastCapital: number;

  // ---- this month's counters (reset each step) ----
  readonly responses: Float64Array;
  readonly events: Float64Array;
  /** M12: a 12-month ring of events per kind (12 x 4). */
  readonly eventRing: Float64Array;
  innovations: number;
  scrapped: number;
  firmsOnStrike: number;
  strikesStarted: number;
  generalCalls: number;
  adoptionAttempts: number;
  adoptionBlocked: number;
  repressionCalls: number;
  repressed: number;
  bankruptcies: number;
  entries: number;
  writeOffs: number;
  /** This month's flows (integers) used by the record phase. */
  flows: MonthFlows;
  /** Transaction-flow matrix of the month (see accounts.ts). */
  readonly tfm: Float64Array;
}

/** Aggregate flows of a month, integer money units unless stated. */
export interface MonthFlows {
  wages: number;
  consumptionWorkers: number;
  consumptionCapitalists: number;
  government: number;
  investment: number;
  /** Real quantities bought (units of the good). */
  investmentReal: number;
  consumptionWorkersReal: number;
  output: number;
  potentialOutput: number;
  salesValue: number;
  depreciationValue: number;
  taxes: number;
  benefits: number;
  employed: number;
  strikers: number;
  organised: number;
  effortSum: number;
  hours: number;
}

export function emptyFlows(): MonthFlows {
  return {
    wages: 0,
    consumptionWorkers: 0,
    consumptionCapitalists: 0,
    government: 0,
    investment: 0,
    investmentReal: 0,
    consumptionWorkersReal: 0,
    output: 0,
    potentialOutput: 0,
    salesValue: 0,
    depreciationValue: 0,
    taxes: 0,
    benefits: 0,
    employed: 0,
    strikers: 0,
    organised: 0,
    effortSum: 0,
    hours: 0,
  };
}

/** Allocate every array of a state for N workers and F firm slots (contents set by `initialise`). */
export function allocate(p: RefusalParams, tfmSize: number): RefusalState {
  const n = p.workers;
  const nf = p.firms;
  const f64 = () => new Float64Array(nf);
  const i32 = () => new Int32Array(nf);
  const u8 = () => new Uint8Array(nf);
  return {
    n,
    nf,
    month: 0,
    money: new Float64Array(n),
    employer: new Int32Array(n).fill(NONE),
    next: new Int32Array(n).fill(NONE),
    prev: new Int32Array(n).fill(NONE),
    wage: new Float64Array(n),
    effort: new Float32Array(n).fill(1),
    organised: new Uint8Array(n),
    threshold: new Float32Array(n),
    striking: new Uint8Array(n),
    wageRef: new Float64Array(n),
    spell: new Int32Array(n),
    spend: new Float64Array(n),
    pool: new Int32Array(n),
    poolPos: new Int32Array(n).fill(NONE),
    poolSize: 0,
    active: u8(),
    owner: i32(),
    capital: f64(),
    capacity: f64(),
    labourReq: f64(),
    postedWage: f64(),
    price: f64(),
    markup: f64(),
    expDemand: f64(),
    inventory: f64(),
    deposits: f64(),
    loans: f64(),
    workforce: i32(),
    head: new Int32Array(nf).fill(NONE),
    tail: new Int32Array(nf).fill(NONE),
    organisedCount: i32(),
    strikers: i32(),
    recognised: u8(),
    strikeKind: u8(),
    strikeAge: i32(),
    strikeDemand: f64(),
    strikeOffer: f64(),
    contractMonth: u8(),
    raise: f64(),
    plannedOutput: f64(),
    desiredWorkforce: i32(),
    vacancyRate: f64(),
    output: f64(),
    lostOutput: f64(),
    hours: f64(),
    wageSum: f64(),
    wageDue: f64(),
    effortSum: f64(),
    meanEffort: f64().fill(1),
    supervision: f64(),
    sales: f64(),
    revenue: f64(),
    investBudget: f64(),
    adopt: u8(),
    revenue12: f64(),
    wageBill12: f64(),
    profitRate: f64(),
    wins: f64(),
    hireAround: i32(),
    automate: u8(),
    lastStruck: new Int32Array(nf).fill(-1_000_000),
    dividends: f64(),
    lastOffer: f64(),
    dealRaise: f64(),
    interestPaid: f64(),
    strikeExtra: f64(),
    lastAutomation: new Int32Array(nf).fill(-1_000_000),
    capSpend: f64(),
    capGot: f64(),
    weight: f64(),
    supplyValue: f64(),
    meanWageAt: f64(),
    groupPlan: new Float64Array(4),
    groupGot: new Float64Array(4),
    hist: new Float64Array(101),
    capMoney: f64(),
    order: i32(),
    scratch: new Float64Array(Math.max(n, nf)),
    scratchIds: new Int32Array(Math.max(n, nf)),
    interestIncome: 0,
    bankLoans: 0,
    bankDeposits: 0,
    bankEquity: 0,
    stateDeposits: 0,
    stateLoans: 0,
    stateSpending: 0,
    fund: 0,
    repression: 0,
    monthsSinceRepression: 1_000_000,
    recognitionBanLeft: 0,
    generalStrike: 0,
    monthsSinceGeneralStrike: 1_000_000,
    generalConceded: 0,
    frontierA: 1,
    frontierNu: p.capitalOutput,
    unemployment: 0,
    density: 0,
    meanWage: W0,
    productivity: 1,
    avgPrice: 0,
    initialPrice: 0,
    inflation: 0,
    productivityGrowth: 0,
    wageShare: 0,
    strikeLoss12: 0,
    trendGrowth: 0,
    strikeWages: 0,
    unemployedMembers: 0,
    plannedWorkers: 0,
    prodRing: new Float64Array(13),
    priceRing: new Float64Array(13),
    outputRing: new Float64Array(15),
    capitalStock: 0,
    lastCapital: 0,
    responses: new Float64Array(5),
    events: new Float64Array(4),
    eventRing: new Float64Array(48),
    innovations: 0,
    scrapped: 0,
    firmsOnStrike: 0,
    strikesStarted: 0,
    generalCalls: 0,
    adoptionAttempts: 0,
    adoptionBlocked: 0,
    repressionCalls: 0,
    repressed: 0,
    bankruptcies: 0,
    entries: 0,
    writeOffs: 0,
    flows: emptyFlows(),
    tfm: new Float64Array(tfmSize),
  };
}

/** Firm j's labour productivity a_j (output per effort-weighted worker-month). */
export function productivityOf(s: RefusalState, j: number): number {
  return s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : s.frontierA;
}

/** Firm j's capital-output ratio nu_j in years. */
export function capitalOutputOf(s: RefusalState, j: number): number {
  return s.capacity[j] > 0 ? s.capital[j] / (12 * s.capacity[j]) : s.frontierNu;
}

/** Bytes of typed-array memory per worker (the worker columns and the unemployed pool). */
export function bytesPerWorker(s: RefusalState): number {
  const cols = [
    s.money,
    s.employer,
    s.next,
    s.prev,
    s.wage,
    s.effort,
    s.organised,
    s.threshold,
    s.striking,
    s.wageRef,
    s.spell,
    s.spend,
    s.pool,
    s.poolPos,
  ];
  let b = 0;
  for (const c of cols) b += c.BYTES_PER_ELEMENT;
  // scratch arrays are sized max(N, F): per worker when N >= F
  b += s.scratch.BYTES_PER_ELEMENT + s.scratchIds.BYTES_PER_ELEMENT;
  return b;
}
