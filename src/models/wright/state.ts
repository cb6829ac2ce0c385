import { AgentTable } from "../../engine/agents.ts";
import { HiringPool } from "./hiringPool.ts";
import type { WrightParams } from "./params.ts";

/** `employer` of an unemployed actor; also the end of an employee list. */
export const NONE = -1;
/** `employer` of a firm owner (a capitalist). */
export const OWNER = -2;

/**
 * Columns of the actor table (one row per actor, ids 0..N-1). The class is read from one column
 * (Wright 2005, section 2: C, W and U are disjoint): `employer >= 0` for a worker, OWNER for a
 * capitalist (an actor with a non-empty employee set), NONE for the unemployed. The paper's
 * e_i = 0 covers both OWNER and NONE; the distinction is kept in the column so that the hot loop
 * decides an actor's class with a single read.
 */
export const WRIGHT_COLUMNS = {
  /** Coins held, an integer (m_i); M < 2^32, so 32 bits suffice. */
  money: "u32",
  /** Employer's id (e_i) for a worker, OWNER for a capitalist, NONE for the unemployed. */
  employer: "i32",
  /** Next employee of the same employer: the employee set W_a as a singly linked list. */
  nextEmployee: "i32",
  /** First employee of this actor's firm, or NONE. */
  firstEmployee: "i32",
  /** Number of employees |W_i| (firm size). */
  employees: "i32",
  /** Position of this actor in the list of firm owners while it owns a firm. */
  firmSlot: "i32",
  /** Wages received this year (rule W1); income = wages + firm revenue (section 3.8). */
  wageIncome: "f64",
  /** Firm revenue received this year as an owner (rule M1). */
  revenue: "f64",
  /** Wages paid this year as an owner (rule W1). */
  wagesPaid: "f64",
  /** Last year's firm revenue (for annual growth rates). */
  lastRevenue: "f64",
  /** Firm size at the close of last year. */
  lastSize: "i32",
} as const;

/**
 * State of a `wright` run. The population is fixed, so the table never grows and the column
 * aliases below (`money`, `employer`, ...) stay valid for the whole run.
 */
export interface WrightState {
  readonly n: number;
  readonly totalMoney: number;
  readonly wmin: number;
  readonly wmax: number;
  /** <w> = (wmin + wmax) / 2, the paper's average wage. */
  readonly avgWage: number;
  readonly agents: AgentTable<typeof WRIGHT_COLUMNS>;
  readonly money: Uint32Array;
  readonly employer: Int32Array;
  readonly nextEmployee: Int32Array;
  readonly firstEmployee: Int32Array;
  readonly employees: Int32Array;
  readonly firmSlot: Int32Array;
  readonly wageIncome: Float64Array;
  readonly revenue: Float64Array;
  readonly wagesPaid: Float64Array;
  readonly lastRevenue: Float64Array;
  readonly lastSize: Int32Array;
  /** The potential employers H = C u U weighted by money (hiring rule H1). */
  readonly hiring: HiringPool;
  /** Ids of the current firm owners in the first `firmCount` entries (swap-remove). */
  readonly firms: Int32Array;
  firmCount: number;
  workerCount: number;
  /** Market value V: coins spent and not yet sampled by firms. */
  pool: number;
  /** Flows of the current month and year (coins) and firm events of the month. */
  monthRevenue: number;
  monthWages: number;
  monthBirths: number;
  monthDemises: number;
  yearRevenue: number;
  yearWages: number;
}

/**
 * The initial state of rule SR1: every actor unemployed with M/N coins (floor(M/N), plus one
 * coin for the first M mod N actors when N does not divide M), an empty market.
 */
export function initialState(p: WrightParams): WrightState {
  const n = p.N;
  const agents = AgentTable.withRows(WRIGHT_COLUMNS, n);
  const c = agents.cols;
  const base = Math.floor(p.M / n);
  const extra = p.M - base * n;
  for (let i = 0; i < n; i++) c.money[i] = base + (i < extra ? 1 : 0);
  c.employer.fill(NONE);
  c.nextEmployee.fill(NONE);
  c.firstEmployee.fill(NONE);
  c.firmSlot.fill(NONE);
  return {
    n,
    totalMoney: p.M,
    wmin: p.wmin,
    wmax: p.wmax,
    avgWage: (p.wmin + p.wmax) / 2,
    agents,
    money: c.money,
    employer: c.employer,
    nextEmployee: c.nextEmployee,
    firstEmployee: c.firstEmployee,
    employees: c.employees,
    firmSlot: c.firmSlot,
    wageIncome: c.wageIncome,
    revenue: c.revenue,
    wagesPaid: c.wagesPaid,
    lastRevenue: c.lastRevenue,
    lastSize: c.lastSize,
    hiring: new HiringPool(c.money, c.employer, n),
    firms: new Int32Array(n),
    firmCount: 0,
    workerCount: 0,
    pool: 0,
    monthRevenue: 0,
    monthWages: 0,
    monthBirths: 0,
    monthDemises: 0,
    yearRevenue: 0,
    yearWages: 0,
  };
}

/** Bytes of memory per actor: the table row, the hiring pool's share and the firm-list slot. */
export function bytesPerActor(s: WrightState): number {
  return s.agents.bytesPerRow() + s.hiring.bytesPerActor() + s.firms.BYTES_PER_ELEMENT;
}
