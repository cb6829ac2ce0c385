import { column } from "./columns.ts";

/** `employer` of an unemployed worker, and the end of a workforce list. */
export const NONE = -1;

/**
 * The worker households, one row each (N = `workers`): their table. Money is integer; a worker is
 * either in its firm's workforce list (`next`/`prev`), in the unemployed pool, or in the labour
 * reserve outside the labour force (both in `pool`/`poolPos`: the pool at the front, the reserve at
 * the back).
 */
export const WORKER = {
  /** Deposits, integer money units. */
  money: column("f64"),
  /** Firm slot, or NONE. */
  employer: column("i32", NONE),
  /** Workforce lists: a doubly-linked list per firm, oldest hire at the head (LIFO firing from the tail). */
  next: column("i32", NONE),
  prev: column("i32", NONE),
  /** Wage, money units a month (paid rounded). */
  wage: column("f64"),
  effort: column("f32", 1),
  organised: column("u8"),
  /** Collective-action threshold theta_i (share of others acting), fixed for life: memory (M13). */
  threshold: column("f32"),
  striking: column("u8"),
  /** Fairness reference wage (M8), money units a month. */
  wageRef: column("f64"),
  /** Months in the current unemployment spell. */
  spell: column("i32"),
  /** The consumption-good firm the household buys from (its slot; phase customers, Lengnick 2013). */
  shop: column("u16"),
  /** This month's consumption outlay (refunded pro rata when goods are rationed). */
  spend: column("f64"),
  /** Unemployed pool (ids, at the front) and the labour reserve (ids, at the back: issue 13 item 5),
   * and each worker's position in it (NONE when employed). */
  pool: column("i32"),
  poolPos: column("i32", NONE),
};

/** The workers' scalars at the start. */
export function workersAtStart() {
  return {
    /** Workers in the unemployed pool. */
    poolSize: 0,
    /** Households in the labour reserve, outside the labour force (issue 13 item 5). */
    reserveSize: 0,
    /** Workers' planned consumption this month (integer). */
    plannedWorkers: 0,
  };
}
