import type { ParamRange } from "../../engine/model.ts";
import type { RefusalParams } from "./params.ts";

type NumericKeys = {
  [K in keyof RefusalParams]: RefusalParams[K] extends number ? K : never;
}[keyof RefusalParams];

const r = (min: number, max: number, source: string, extra: Partial<ParamRange> = {}): ParamRange => ({
  min,
  max,
  source,
  ...extra,
});
const int = (min: number, max: number, source: string, extra: Partial<ParamRange> = {}) =>
  r(min, max, source, { integer: true, ...extra });

// Reasons shared by several parameters.
const HALF_TO_DOUBLE = "half to about twice the default: no calibration target pins it (README §3.6)";
const SKETCH_TERM =
  "the M11 terms are sized to move the interior density by a few points (README §3.6); 0 switches the term off";

/**
 * Plausible range of every numeric parameter of `refusal`, with its source or reason: the space
 * that `refusal theses --robustness` screens (Morris) and samples. A range that includes 0 for a
 * term that encodes a claim (e.g. `strikeBias`, `sizeEffect`) is deliberate: the screening must be
 * able to find that the claim rests on it. Run size and bookkeeping are declared but not screened.
 */
export const REFUSAL_RANGES: Readonly<Record<NumericKeys, ParamRange>> = {
  workers: int(1000, 100_000, "run size, not a behaviour", { screen: false }),
  firms: int(10, 1000, "run size (theses vary it themselves, e.g. T8)", { screen: false }),
  burnInYears: int(5, 30, "bookkeeping: years left out of the summaries", { screen: false }),

  capitalOutput: r(
    2,
    3.5,
    "capital-output ratios of 2–3.5 (README §3.6: 2.5–3.5 in US/European data); Harvie (2000) estimates 3.35 for Italy",
  ),
  depreciation: r(
    0.003,
    0.006,
    "3.6–7.2% a year around the calibrated 4.9% (consumption of fixed capital ≈ 15% of GDP in OECD national accounts, README §3.6)",
  ),
  utilisationTarget: r(
    0.75,
    0.9,
    "normal utilisation 75–90% around the Fed capacity-utilisation mean of ≈ 80% (README §3.6)",
  ),
  inventoryTarget: r(
    0.25,
    1,
    "finished-goods inventories of a quarter to one month of sales (US inventory–sales ratio ≈ 1.3–1.5 months in all)",
  ),
  inventoryAdjustment: r(0.05, 0.3, HALF_TO_DOUBLE),
  demandAdaptation: r(
    0.05,
    0.4,
    "adaptive-expectation weights 0.05–0.4 a month (Dosi et al. 2010 use simple adaptive and myopic rules)",
  ),
  innovationRate: r(
    0.006,
    0.025,
    "half to twice the per-maker rate calibrated to about 2% productivity growth with 20 machine makers (README §3.17): the post-war range of productivity growth",
  ),
  rdShare: r(
    0.01,
    0.08,
    "business R&D of 1-8% of sales (Dosi et al. 2010 use 4%; OECD manufacturing R&D intensities span this)",
  ),
  maxLabShare: r(0.1, 0.3, "a cap on the laboratory that binds only for firms with little revenue to wages"),
  imitationRate: r(
    0.04,
    0.24,
    "a third of to twice the innovation rate (Dosi et al. 2010 split R&D half and half)",
  ),
  innovationDispersion: r(
    1,
    3,
    "steps from never worse (1) to widely dispersed (3), around Beta(3, 3) on [-1, 3]",
  ),
  innovationStep: r(
    0.01,
    0.02,
    "steps of 1-2% at the neutral share, around the calibrated 1.5% (productivity growth scales with the step)",
  ),
  neutralWageShare: r(
    0.6,
    0.7,
    "innovation neutral near the calibrated wage share 0.64 (Kennedy 1964's equilibrium), ± 0.05",
  ),
  frontierCurvature: r(20, 80, HALF_TO_DOUBLE),
  innovationWageSensitivity: r(
    0,
    8,
    "0 (no wage-induced success) to twice the default; Kennedy (1964) fixes the sign, not the size",
  ),
  strikeBias: r(
    0,
    4,
    "0 (strikes do not steer innovation) to twice the default: the claim of T3 rests on it, so 0 belongs to the range",
  ),

  markup: r(0.3, 0.7, "markups on prime cost of 0.3–0.7 give wage shares 1/(1 + mu) of 0.59–0.77"),
  priceAdjustment: r(
    0.08,
    0.3,
    "price spells of about 3–12 months (Bils & Klenow 2004: median duration 4.3 months in US data; European prices change less often)",
  ),
  markupFlexibility: r(0, 0.01, "0 (fixed target markup) to twice the default"),
  markupRecovery: r(
    0,
    0.05,
    "0 (a compressed markup stays compressed) to a half-life of about a year; T6's reversion may rest on it",
  ),
  passThrough: r(0.2, 0.8, "Kalecki (1971): union gains partly passed on; no estimate pins the share"),
  shopSearch: r(
    0.25,
    0.75,
    "from Lengnick (2013)'s 0.25 (a search every four months) to three searches in four months",
  ),
  shopThreshold: r(0.0005, 0.01, "half the default (0.1%) to Lengnick (2013)'s 1%"),
  shopStockout: r(0.1, 0.5, "Lengnick (2013) sets 0.25; half to twice"),
  investmentAdjustment: r(
    0.004,
    0.015,
    "about half to twice phi = 0.0075; at 0.02-0.04 slumps reach 25-30% unemployment (README §3.16, §3.17)",
  ),
  investmentProfitSensitivity: r(
    5,
    20,
    "half to twice k2 = 10; Grasselli & Costa Lima (2012)'s kappa has slopes of this order near equilibrium",
  ),
  investmentMaxMultiplier: r(1.5, 4, HALF_TO_DOUBLE),
  normalProfitRate: r(
    0.03,
    0.08,
    "net returns on capital of 3–8%, inside the 5–10% of US nonfinancial corporations (BEA, README §3.6)",
  ),
  interestRate: r(0.002, 0.007, "2.4–8.7% a year around the calibrated 4.9%"),
  amortisation: r(0.005, 0.02, "loans repaid over about 4–17 years"),
  leverageLimit: r(0.3, 0.9, "debt of 30–90% of a firm's assets (Minsky's hedge to speculative finance)"),
  payoutRatio: r(0.3, 0.7, "dividend payout ratios of 30–70% of profits"),
  cashTarget: r(1, 4, HALF_TO_DOUBLE),
  excessPayout: r(0.05, 0.2, HALF_TO_DOUBLE),
  bankPayout: r(0.7, 1, "banks pay out most of their income; below 0.7 the bank accumulates without bound"),
  entryProbability: r(0.005, 0.05, HALF_TO_DOUBLE),
  exitShare: r(0.02, 0.3, "from near-zero shares only (Dosi et al. 2010) to a third of the equal share"),
  exitGrace: int(6, 48, "half a year to four years before a new firm is judged on its market share"),
  entrySpread: r(
    0,
    0.15,
    "entrants from exact copies of the mean technique to Dosi et al. (2010)'s support of +-15%",
  ),
  entryCapital: r(
    0.1,
    0.5,
    "entrants are small: a tenth to a half of the mean firm (Dosi et al. 2010 draw entrants' capital below the incumbents')",
  ),
  machineFirmShare: r(
    0.1,
    0.3,
    "a tenth to three tenths of the firms make machines; Dosi et al. (2010) use 50 of 250 (0.2)",
  ),
  machineMarkup: r(
    0.02,
    0.15,
    "Dosi et al. (2010)'s mu_1 = 0.04, up to the markups of the sketch's one-good economy",
  ),
  machineLabour: r(
    0.4,
    0.9,
    "machines cost from about a half to about the price of the good a unit (README §3.17)",
  ),
  deliveryMonths: r(
    1,
    6,
    "machines delivered within the month to within half a year; Dosi et al. (2010): one quarter",
  ),
  investmentLumpiness: r(
    0,
    0.2,
    "from a smooth flow to orders of a fifth of the capital stock (Doms & Dunne 1998: investment spikes of 20% and more of capital)",
  ),
  brochures: int(
    1,
    6,
    "a few offers per order; Dosi et al. (2010) send brochures to a share 0.5 of past clients",
  ),

  reserveShare: r(
    0,
    0.3,
    "a closed labour force to a reserve of three in ten households (the scenario of issue 17 sets it from data)",
    { screen: false },
  ),
  reserveInflow: r(0, 0.02, "no migration to a reserve drained in about four years (1/0.02 months)", {
    screen: false,
  }),
  reserveReturn: r(0, 0.01, "no return to up to 1% of the unemployed a month leaving the labour force", {
    screen: false,
  }),
  workerPropensity: r(
    0.8,
    0.95,
    "workers consume most of their income; Godley & Lavoie (2007)'s model SIM uses 0.6 for all households, workers' propensity is higher",
  ),
  workerWealthPropensity: r(0.015, 0.06, "wealth targets of about 2–7 months of income"),
  capitalistPropensity: r(
    0.4,
    0.8,
    "Kaldor/Kalecki: capitalists consume a smaller share of income than workers",
  ),
  capitalistWealthPropensity: r(0.008, 0.03, HALF_TO_DOUBLE),

  separationRate: r(
    0.005,
    0.02,
    "monthly separation rates of 0.5–2% (European rates below the US JOLTS ≈ 3%)",
  ),
  matchingRate: r(0.15, 0.6, HALF_TO_DOUBLE),
  firingLimit: r(0.015, 0.08, "half the default to the 8%/month of refusal 2.0.0 (README §3.17)"),
  naturalUnemployment: r(
    0.04,
    0.1,
    "around Phillips (1958)'s zero-inflation crossing at 5.5% unemployment (README §3.6)",
  ),
  phillipsSlope: r(0.5, 2, HALF_TO_DOUBLE),
  vacancyWageResponse: r(0, 0.2, "0 (vacancies do not raise wages) to twice the default"),
  inflationIndexation: r(0.2, 1, "partial to full indexation of wage claims to inflation"),
  productivityIndexation: r(0.5, 1, "wages follow productivity in the long run, with lags"),
  maxWageCut: r(0, 0.05, "nominal wage cuts are rare (Bewley 1999): from none to 5% a year"),

  taxRate: r(0.1, 0.3, "tax rates of 10–30% of incomes, around the calibrated 15%"),
  deficitShare: r(
    0,
    0.06,
    "a balanced budget to twice the 3% reference value of the Stability and Growth Pact (Italy's deficits of the 1970s were larger still)",
  ),
  benefitLaissezFaire: r(0.1, 0.3, "replacement rates of 10–30% around the liberal 20% (README §3.6)"),
  benefitPlanning: r(0.3, 0.6, "replacement rates of 30–60% around the planning 40% (README §3.6)"),
  counterCyclical: r(
    0,
    1,
    "0 (no counter-cyclical spending) to twice the default; T7's stability may rest on it",
  ),
  unemploymentTarget: r(
    0.03,
    0.07,
    "full-employment targets of 3–7% (Beveridge's 3% to later NAIRU targets)",
  ),
  incomesPolicy: r(0, 1, "0 (no wage norm) to a binding norm"),
  inflationTarget: r(0, 0.04, "inflation norms of 0–4% a year"),
  recognitionShare: r(0.3, 0.6, "recognition by a majority (US NLRA) or by a large minority"),
  recognitionSharePlanning: r(
    0.1,
    0.35,
    "statutory recognition without a majority test (Italy's Statuto dei lavoratori, 1970)",
  ),
  repressionTrigger: r(
    0.2,
    0.45,
    "repression called when organisation is a fifth to nearly half of the workforce",
  ),
  repressionHalfLife: r(
    6,
    240,
    "from a broken strike wave (half a year) to two decades (Italy 1922–43 had no free unions for twenty years); T9 may rest on it",
  ),
  recognitionBan: int(12, 72, "one to six years without recognition"),
  repressionCooldown: int(6, 36, HALF_TO_DOUBLE),

  thresholdMean: r(
    0.45,
    0.75,
    "thresholds must give an interior density (README §3.6); below 0.45 or above 0.75 organisation is all or nothing",
  ),
  thresholdSd: r(0.3, 0.9, HALF_TO_DOUBLE),
  initialDensity: r(
    0.1,
    0.4,
    "initial density half to twice the calibrated 20% (mid-range for 1960s Western Europe, README §3.6)",
  ),
  classWeight: r(
    0.1,
    0.5,
    "workplace signal dominant (Checchi & Visser 2005: workplace effects), class-wide signal weaker",
  ),
  unemploymentDeterrence: r(0, 2, SKETCH_TERM),
  repressionDeterrence: r(
    0.1,
    0.6,
    "repression must deter (Tilly 1978: repression raises the cost of collective action); up to twice the default",
  ),
  sizeEffect: r(0, 0.3, `${SKETCH_TERM}; T8's claim may rest on it`),
  winsEffect: r(0, 0.1, SKETCH_TERM),
  heterogeneityEffect: r(0, 1, SKETCH_TERM),
  hysteresis: r(0, 0.2, "0 (members leave as easily as they join) to twice the default"),
  dues: r(0.005, 0.02, "union dues of 0.5–2% of the wage"),
  strikePay: r(0.2, 0.8, "strike pay from a fifth to most of the wage"),
  mutualAid: r(0, 0.1, "0 (no mutual aid) to a tenth of the mean wage"),
  memberResolve: r(0.15, 0.6, HALF_TO_DOUBLE),
  strikeFatigue: r(0.05, 0.2, HALF_TO_DOUBLE),

  demandExcess: r(0, 1, "demands from the margin itself to twice it (T2's own values)"),
  marginShare: r(0.4, 0.9, "unions claim a large share of the firm's margin; at 1 the demand exhausts it"),
  strikeQuorum: r(0.3, 0.6, "a strike ballot passed by a large minority to a clear majority"),
  productivityDealShare: r(
    0.15,
    0.5,
    "productivity deals passed on a sixth to a half of the gains (1960s UK productivity bargaining)",
  ),
  strikeOfferRaise: r(0.01, 0.06, HALF_TO_DOUBLE),

  generalStrikeTrigger: r(0.2, 0.45, "the same span as repressionTrigger"),
  targetWageShare: r(
    0.68,
    0.8,
    "a fair share a few points above the calibrated share (0.64) to the highest post-war shares (≈ 0.8)",
  ),
  generalStrikeQuorum: r(0.2, 0.5, "a general strike joined by a fifth to half of the employed"),
  generalStrikeMaxMonths: int(
    1,
    12,
    "general strikes of one day to a year (most last days to weeks; the longest months)",
  ),
  generalStrikeCooldown: int(24, 120, "two to ten years between general strikes"),
  maxConcession: r(0.05, 0.25, "raises won by a general strike of 5–25%, half to 2.5 times the default"),

  blockShare: r(0.25, 0.6, "the organised share at which a workplace can block: a quarter to a majority"),
  rotationMonths: int(1, 3, "rotating ('articulated') strikes of one to three months at each point"),
  rotationFirms: r(0.02, 0.15, "a few plants at a time (Italy 1968–69)"),
  fundReserveMonths: r(1, 4, HALF_TO_DOUBLE),

  effortElasticity: r(
    0.5,
    2,
    "Akerlof & Yellen (1990)'s fair-wage effort has elasticity 1; half to twice that",
  ),
  referenceAdaptation: r(0.01, 0.05, "a fairness reference with a memory of about 2–8 years"),
  supervisionResponse: r(0, 1, "0 (no supervision) to twice the default"),
  supervisionEffect: r(0.5, 1, "supervision suppresses half to all of the withdrawal it covers"),
  maxSupervision: r(0.05, 0.25, "supervisors of 5–25% of the workforce, a third to 1.7 times the default"),

  automationShare: r(
    0.01,
    0.1,
    "an automation drive replaces 1–10% of capital; T3's claim may rest on the response it scales",
  ),
  scrapLoss: r(0.1, 0.5, "early scrapping loses a tenth to half of the value"),
  automationPremium: r(0, 0.2, "0 (a drive judges techniques at today's wage) to twice the default"),
  hiringCost: r(1, 6, "replacement costs of one to six months of the wage"),
  repressionCost: r(0.5, 2, HALF_TO_DOUBLE),
  responseHorizon: r(12, 48, "a firm weighs a raise over one to four years"),

  crisisOutputFall: r(
    0.02,
    0.05,
    "what counts as a crisis: output down 2–5% on a year (measurement, screened so that verdicts that rest on the definition show)",
  ),
  crisisProfitRate: r(
    -0.02,
    0.02,
    "what counts as a crisis: an aggregate profit rate below -2% to +2% for six months (measurement)",
  ),
};
