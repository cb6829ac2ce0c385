import { AT_ENTRY, AT_EXIT, AT_EXIT_AND_ENTRY, column } from "./columns.ts";
import { NONE } from "./workers.ts";

/** Months "long ago": the start value of the months of a firm's last rotating strike and automation drive. */
const LONG_AGO = -1_000_000;

/**
 * The firms, one row per slot (F = `firms`; slot j is owned by capitalist household j): their
 * table. A firm that fails leaves the slot (the columns marked `AT_EXIT` return to their initial
 * values, `phases/firmSlots.ts`); a new firm takes it (those marked `AT_ENTRY` too, and the rest of
 * its start is set by `enterFirm()`). Money is integer; real quantities are doubles.
 */
export const FIRM = {
  active: column("u8", 0, AT_EXIT),
  owner: column("i32"),
  /** The slot's sector (`SECTOR`), fixed for the run: machine makers hold the first slots (issue 13 item 1). */
  sector: column("u8"),
  /** Capital stock, real units. */
  capital: column("f64", 0, AT_EXIT_AND_ENTRY),
  /** Full-capacity output a month, sum over vintages of K_v / (12 nu_v). */
  capacity: column("f64", 0, AT_EXIT_AND_ENTRY),
  /** Effort-weighted worker-months needed at full capacity, sum over vintages of capacity_v / a_v. */
  labourReq: column("f64", 0, AT_EXIT_AND_ENTRY),
  /** The firm's laboratory (M3, issue 13): the best technique it knows, a* and nu*, and the share of its workforce doing research. */
  labA: column("f64"),
  labNu: column("f64"),
  lab: column("f64", 0, AT_ENTRY),
  /** A machine maker's own labour productivity b (machines per effort-weighted worker-month; Dosi et al. 2010's B_i). */
  labB: column("f64"),
  /** A consumption-good firm's machine supplier (a machine maker's slot, or NONE) and its outstanding order: real units, unit price, technique. */
  supplier: column("i32", NONE, AT_EXIT_AND_ENTRY),
  orderQty: column("f64", 0, AT_EXIT_AND_ENTRY),
  orderPrice: column("f64"),
  orderA: column("f64"),
  orderNu: column("f64"),
  /** Desired investment gathered since the last order (real units, `lumpyOrder()`), and the month of the last review of the supplier. */
  investPlan: column("f64", 0, AT_EXIT_AND_ENTRY),
  reviewed: column("i32", LONG_AGO, AT_EXIT_AND_ENTRY),
  /** A machine maker's undelivered orders, real units. */
  backlog: column("f64", 0, AT_EXIT_AND_ENTRY),
  /** Month the firm was founded (0 for the firms of the start). */
  born: column("i32"),
  /** Households buying from the firm (phase customers), and 1 when it sold out its stock this month. */
  customers: column("i32", 0, AT_EXIT),
  soldOut: column("u8", 0, AT_EXIT_AND_ENTRY),
  /** Market share of the goods market's sales, 12-month EWMA (phase goods market). */
  share12: column("f64"),
  /** 1 when the firm needed an overdraft beyond its credit ceiling this month (it exits). */
  illiquid: column("u8", 0, AT_ENTRY),
  postedWage: column("f64"),
  price: column("f64"),
  markup: column("f64"),
  expDemand: column("f64"),
  inventory: column("f64", 0, AT_EXIT_AND_ENTRY),
  /** Deposits and loans, integer money units. */
  deposits: column("f64"),
  loans: column("f64", 0, AT_ENTRY),
  workforce: column("i32", 0, AT_ENTRY),
  head: column("i32", NONE),
  tail: column("i32", NONE),
  organisedCount: column("i32", 0, AT_EXIT),
  strikers: column("i32", 0, AT_ENTRY),
  recognised: column("u8", 0, AT_EXIT),
  /** `STRIKE` kind. */
  strikeKind: column("u8", 0, AT_ENTRY),
  /** Months the current strike has lasted. */
  strikeAge: column("i32"),
  /** Raise on the table in a bargaining strike (fraction) and the firm's offer. */
  strikeDemand: column("f64"),
  strikeOffer: column("f64"),
  /** Month of the year (0..11) of the firm's contract (staggered bargaining). */
  contractMonth: column("u8"),
  /** This month's wage raise (fraction), applied to every worker of the firm. */
  raise: column("f64"),
  plannedOutput: column("f64"),
  desiredWorkforce: column("i32"),
  vacancyRate: column("f64", 0, AT_ENTRY),
  output: column("f64", 0, AT_EXIT),
  /** Output lost to strikes this month (real). */
  lostOutput: column("f64"),
  hours: column("f64"),
  /** Sum of wages of the firm's workers (money a month, unrounded), workers on strike included. */
  wageSum: column("f64"),
  /** Wages due this month to those who worked (integer). */
  wageDue: column("f64"),
  /** Sum of efforts of the firm's workers (strikers included), for its mean effort. */
  effortSum: column("f64"),
  meanEffort: column("f64", 1, AT_ENTRY),
  supervision: column("f64", 0, AT_ENTRY),
  sales: column("f64", 0, AT_EXIT_AND_ENTRY),
  revenue: column("f64", 0, AT_ENTRY),
  /** The technique answer (`ADOPT`) given to the outstanding machine order. */
  adopt: column("u8"),
  /** Twelve-month moving sums (EWMA, 1/12) of revenue and wage bill. */
  revenue12: column("f64", 0, AT_ENTRY),
  wageBill12: column("f64", 0, AT_ENTRY),
  /** EWMA of the annual net profit rate (after depreciation, before interest). */
  profitRate: column("f64"),
  /** Recent wins at the workplace (decaying count), M11. */
  wins: column("f64", 0, AT_ENTRY),
  /** Months left of hiring around the organised (M4). */
  hireAround: column("i32", 0, AT_ENTRY),
  /** Months left of an automation drive (M4): each month a twelfth of the drive's capital is replaced. */
  automate: column("u8", 0, AT_ENTRY),
  /** Month of the firm's last rotating strike (so the rotation moves on). */
  lastStruck: column("i32", LONG_AGO),
  /** Dividends paid last month to the slot's owner (integer), for capitalists' consumption. */
  dividends: column("f64"),
  /** Frontier productivity at the last productivity deal offered at the firm (M12). */
  lastOffer: column("f64"),
  /** A productivity deal's raise to apply next month (M12). */
  dealRaise: column("f64", 0, AT_ENTRY),
  /** Interest paid this month (integer). */
  interestPaid: column("f64"),
  /** The raise beyond inflation and productivity in a bargaining strike's demand. */
  strikeExtra: column("f64"),
  /** Month of the last automation drive. */
  lastAutomation: column("i32", LONG_AGO),
  // Scratch per slot, meaningful only within a phase: capitalists' planned and actual outlays,
  // market weights, supply values, mean wages, the firm order for hiring and other shuffles.
  capSpend: column("f64"),
  capGot: column("f64"),
  weight: column("f64"),
  supplyValue: column("f64"),
  meanWageAt: column("f64"),
  order: column("i32"),
};

/** The capitalist households, one row per firm slot (household k owns slot k): their table. */
export const CAPITALIST = {
  /** Money of capitalist household k (deposits, integer). */
  capMoney: column("f64"),
};
