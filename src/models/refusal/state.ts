import { machineMakers } from "./mechanisms/machines.ts";
import type { RefusalParams } from "./params.ts";
import { bankAtStart } from "./state/bank.ts";
import { allocateTable, bytesPerRow, type Table } from "./state/columns.ts";
import { economyAtStart } from "./state/economy.ts";
import { CAPITALIST, FIRM } from "./state/firms.ts";
import { governmentAtStart } from "./state/government.ts";
import { monthAtStart } from "./state/month.ts";
import { organisationAtStart } from "./state/organisation.ts";
import { scratchAtStart } from "./state/scratch.ts";
import { WORKER, workersAtStart } from "./state/workers.ts";

export { W0 } from "./state/economy.ts";
export { emptyFlows, type MonthFlows } from "./state/month.ts";
export { NONE } from "./state/workers.ts";

/** Strike kinds of a firm (`strikeKind`). */
export const STRIKE = { none: 0, bargaining: 1, rotating: 2, general: 3 } as const;

/** A firm slot's sector (`sector`): consumption goods, or machines (the capital good). */
export const SECTOR = { consumption: 0, machines: 1 } as const;

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
 * The whole state of a `refusal` run, by actor, each field declared once in `state/`: the
 * worker households' table (`WORKER`, one row a worker), the firm slots' and the capitalist
 * households' tables (`FIRM`, `CAPITALIST`, one row a slot), and the scalars of the bank, the
 * State, the organisation, the economy (technique frontier, last month's aggregates) and the month
 * (counters, flows, the transaction-flow matrix), plus the phases' scratch. Tables are
 * struct-of-arrays typed arrays, laid flat on the state (`s.wage[i]`, `s.capital[j]`). Money stocks
 * are integers (held in Float64Array, exact below 2^53); real quantities are doubles.
 */
export interface RefusalState
  extends Table<typeof WORKER>,
    Table<typeof FIRM>,
    Table<typeof CAPITALIST>,
    ReturnType<typeof workersAtStart>,
    ReturnType<typeof bankAtStart>,
    ReturnType<typeof governmentAtStart>,
    ReturnType<typeof organisationAtStart>,
    ReturnType<typeof economyAtStart>,
    ReturnType<typeof monthAtStart>,
    ReturnType<typeof scratchAtStart> {
  /** Workers N. */
  readonly n: number;
  /** Firm slots F; slot j is owned by capitalist household j. */
  readonly nf: number;
  /** Machine makers: slots 0 .. makers - 1 (`SECTOR.machines`); the others make the consumption good. */
  readonly makers: number;
  month: number;
}

/** Allocate a state for N workers and F firm slots, every field at its declared start (contents set by `initialise`). */
export function allocate(p: RefusalParams, tfmSize: number): RefusalState {
  const n = p.workers;
  const nf = p.firms;
  return {
    n,
    nf,
    makers: machineMakers(nf, p.machineFirmShare),
    month: 0,
    ...allocateTable(WORKER, n),
    ...workersAtStart(),
    ...allocateTable(FIRM, nf),
    ...allocateTable(CAPITALIST, nf),
    ...bankAtStart(),
    ...governmentAtStart(),
    ...organisationAtStart(),
    ...economyAtStart(p),
    ...monthAtStart(tfmSize),
    ...scratchAtStart(n, nf),
  };
}

/** Firm j's labour productivity a_j (output per effort-weighted worker-month). */
export function productivityOf(s: RefusalState, j: number): number {
  if (s.sector[j] === SECTOR.machines) return s.labB[j];
  return s.labourReq[j] > 0 ? s.capacity[j] / s.labourReq[j] : s.labA[j];
}

/** Firm j's capital-output ratio nu_j in years. */
export function capitalOutputOf(s: RefusalState, j: number): number {
  return s.capacity[j] > 0 ? s.capital[j] / (12 * s.capacity[j]) : s.labNu[j];
}

/** Bytes of typed-array memory per worker (the worker columns and the scratch sized by N). */
export function bytesPerWorker(s: RefusalState): number {
  // scratch arrays are sized max(N, F): per worker when N >= F
  return bytesPerRow(WORKER) + s.scratch.BYTES_PER_ELEMENT + s.scratchIds.BYTES_PER_ELEMENT;
}
