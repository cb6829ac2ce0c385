import { z } from "zod";
import { REGIMES } from "./regimes/index.ts";
import { STRATEGIES } from "./strategies/index.ts";

const share = (d: number, text: string) => z.number().min(0).max(1).default(d).describe(text);
const nonneg = (d: number, text: string) => z.number().min(0).finite().default(d).describe(text);
/** A mechanism switch: on by default (the model as calibrated); off switches one mechanism off. */
const on = (text: string) => z.boolean().default(true).describe(text);

/**
 * Parameters of the `refusal` model. Time is monthly; rates are per month unless the text says
 * "per year". Money is counted in integer units (cents): the initial wage is 100,000 units a
 * month. Each default and its source is discussed in README.md ("Details: parameters").
 */
export const refusalParams = z
  .object({
    // ---- scale and run ------------------------------------------------------------------
    workers: z
      .number()
      .int()
      .min(10)
      .max(2_000_000)
      .default(10_000)
      .describe("Number of worker households N (persons)"),
    firms: z
      .number()
      .int()
      .min(2)
      .max(20_000)
      .default(100)
      .describe("Number of firm slots, one per capitalist household (firms at the start; exits free a slot)"),
    burnInYears: z
      .number()
      .int()
      .min(0)
      .default(20)
      .describe("Years discarded before the summary figures start (metrics are recorded throughout)"),
    strategy: z.enum(STRATEGIES).default("none").describe("Workers' strategy: a behavioural rule"),
    regime: z.enum(REGIMES).default("laissez-faire").describe("Capital/State regime: a behavioural rule"),

    // ---- technique and production (M1, M3) -----------------------------------------------
    capitalOutput: z
      .number()
      .gt(0)
      .default(2.5)
      .describe("Initial capital-output ratio nu, in years of full-capacity output per unit of capital"),
    depreciation: nonneg(0.0042, "Depreciation rate delta of capital, per month (0.0042 = 4.9% a year)"),
    utilisationTarget: share(0.85, "Normal rate of capacity utilisation u_T used to size desired capital"),
    inventoryTarget: nonneg(0.5, "Target inventory, in months of expected sales"),
    inventoryAdjustment: share(0.1, "Share of the inventory gap closed by production each month"),
    demandAdaptation: share(
      0.15,
      "Weight zeta of last month's sales in expected demand (adaptive expectations)",
    ),
    innovationRate: share(
      0.012,
      "Monthly probability p0 that a firm of the mean size innovates, at the normal R&D share and neutral wage share",
    ),
    rdShare: share(
      0.04,
      "R&D spending as a share of revenue, paid as wages to the firm's laboratory (Dosi et al. 2010: nu = 0.04)",
    ),
    maxLabShare: share(0.2, "Largest share of a firm's workforce in its laboratory"),
    imitationRate: share(
      0.05,
      "Monthly probability that a firm of the mean size imitates a close firm's technique, at the normal R&D share and neutral wage share",
    ),
    innovationDispersion: nonneg(
      2,
      "Half-width d of the Beta(3, 3) scale of an innovation step, on [1 - d, 1 + d] (d > 1: some searches fail)",
    ),
    innovationStep: nonneg(
      0.015,
      "Labour-saving step x0 of a frontier move at the neutral wage share (fraction)",
    ),
    neutralWageShare: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.65)
      .describe("Wage share omega* at which induced innovation is neutral (Kennedy 1964)"),
    frontierCurvature: z
      .number()
      .gt(0)
      .default(40)
      .describe("Curvature q of the innovation possibility frontier x = x0 - c*y - q*y^2/2"),
    innovationWageSensitivity: nonneg(
      4,
      "Sensitivity of the frontier's success probability to omegaEff - omega* (per unit of share)",
    ),
    strikeBias: nonneg(
      2,
      "Weight psi of the share of output lost to strikes (last 12 months) in the effective wage share omegaEff",
    ),

    // ---- firms: pricing, investment, finance ---------------------------------------------
    markup: nonneg(0.5, "Target markup mu on unit labour cost (Kalecki's markup on prime cost)"),
    priceAdjustment: share(0.15, "Share of the gap to the target price closed each month (price stickiness)"),
    markupFlexibility: nonneg(
      0.005,
      "Monthly change of the markup per unit of relative inventory shortfall (low stocks raise it)",
    ),
    markupRecovery: share(
      0.02,
      "Monthly share of the gap between a firm's markup and the normal markup closed",
    ),
    passThrough: share(
      0.5,
      "Share of a union's raise beyond inflation and productivity passed on in prices (Kalecki 1971)",
    ),
    shopSearch: share(
      0.5,
      "Monthly probability psi_price that a household compares its shop's price with another shop's (Lengnick 2013: 0.25)",
    ),
    shopThreshold: share(
      0.001,
      "A household changes shop when the one it found is cheaper by more than this share xi (Lengnick 2013: 0.01)",
    ),
    shopStockout: share(
      0.25,
      "Monthly probability psi_quant that a household whose shop ran out of goods looks for another (Lengnick 2013)",
    ),
    investmentAdjustment: share(
      0.0075,
      "Expansion phi of capital a month per unit of relative utilisation gap, u_e / u_T - 1",
    ),
    investmentProfitSensitivity: nonneg(
      10,
      "Sensitivity k2 of Keen's investment multiplier exp(k2 (r - rN)) to the annual profit rate",
    ),
    investmentMaxMultiplier: nonneg(2.5, "Upper bound of the investment multiplier kappa(r)"),
    normalProfitRate: nonneg(0.05, "Normal (hurdle) profit rate rN, per year, net of depreciation"),
    interestRate: nonneg(0.004, "Interest rate on loans, per month (0.004 = 4.9% a year)"),
    amortisation: share(0.01, "Share of a firm's loan repaid each month when it has the deposits"),
    leverageLimit: share(
      0.6,
      "Largest share of debt in a firm's assets, L / (L + NW): the bank rations credit by net worth NW",
    ),
    payoutRatio: share(0.5, "Share of a firm's positive net profit paid to its owner as dividends"),
    cashTarget: nonneg(
      2,
      "Deposits a firm keeps, in months of its wage bill; a share of the excess is paid out",
    ),
    excessPayout: share(0.1, "Share of deposits above the cash target paid to the owner each month"),
    bankPayout: share(0.9, "Share of the bank's interest income paid to capitalist households"),
    entryProbability: share(
      0.02,
      "Monthly probability that a capitalist household without a firm founds one",
    ),
    exitShare: share(
      0.1,
      "A firm exits when its 12-month market share falls below this share of the equal share 1/F",
    ),
    exitGrace: z
      .number()
      .int()
      .min(0)
      .default(24)
      .describe("Months after its founding during which a firm is not closed for a small market share"),
    entrySpread: share(
      0.05,
      "Half-width of an entrant's productivity draw around the industry's mean technique (Beta(3, 3) on [1 - s, 1 + s])",
    ),
    entryCapital: nonneg(0.3, "Equity a new firm starts with, as a share of the mean firm's capital value"),

    // ---- the machine sector (issue 13 item 1; Dosi, Fagiolo & Roventini 2010) ---------------
    machineFirmShare: share(
      0.2,
      "Share of firm slots that design and make machines (Dosi et al. 2010: 50 of 250 firms)",
    ),
    machineMarkup: nonneg(
      0.15,
      "Machine makers' markup mu_K on unit labour cost (Dosi et al. 2010: mu_1 = 0.04; README §3.17 on why higher)",
    ),
    machineLabour: z
      .number()
      .gt(0)
      .default(0.69)
      .describe(
        "A machine maker's own labour productivity b as a share of the productivity a* its machine gives its user",
      ),
    deliveryMonths: z
      .number()
      .min(1)
      .max(24)
      .default(3)
      .describe(
        "Delivery time L of machines, months: a maker works off 1/L of its backlog a month (Dosi et al. 2010: delivered the period after the order, a quarter)",
      ),
    investmentLumpiness: share(
      0,
      "A firm orders machines once the desired investment gathered since its last order reaches this share of its capital (0: every month)",
    ),
    brochures: z
      .number()
      .int()
      .min(0)
      .max(16)
      .default(2)
      .describe("Machine makers a consumption-good firm compares with its own supplier at each order"),

    // ---- labour supply (issue 13 item 5) -----------------------------------------------------
    reserveShare: share(
      0,
      "Share of the N households in the labour reserve at the start, outside the labour force (0: the labour force is the constant N)",
    ),
    reserveInflow: share(
      0,
      "Monthly rate m at which the reserve joins the labour force, at the natural rate of unemployment (Harris-Todaro: faster when jobs are easier to find)",
    ),
    reserveReturn: share(
      0,
      "Monthly rate at which unemployed workers leave the labour force for the reserve",
    ),

    // ---- households ------------------------------------------------------------------------
    workerPropensity: share(0.9, "Workers' propensity cw to consume out of this month's net income"),
    workerWealthPropensity: share(0.03, "Workers' propensity cm to consume out of money held, per month"),
    capitalistPropensity: share(0.6, "Capitalists' propensity to consume out of last month's dividends"),
    capitalistWealthPropensity: share(
      0.015,
      "Capitalists' propensity to consume out of money held, per month",
    ),

    // ---- labour market and wages (none) --------------------------------------------------
    separationRate: share(0.01, "Monthly probability that an employed worker quits or is separated"),
    matchingRate: nonneg(0.3, "Efficiency A of the matching function M = min(U, V, A sqrt(U V)), per month"),
    firingLimit: share(0.03, "Largest share of its workforce a firm dismisses in a month"),
    naturalUnemployment: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.07)
      .describe("Unemployment rate at which the Phillips term vanishes"),
    phillipsSlope: nonneg(
      1,
      "Slope of annual wage inflation to unemployment at the natural rate (percentage points per point)",
    ),
    vacancyWageResponse: nonneg(0.1, "Annual wage inflation per unit of a firm's unfilled-vacancy rate"),
    inflationIndexation: share(0.5, "Weight of last year's inflation in annual wage claims"),
    productivityIndexation: share(1, "Weight of last year's productivity growth in annual wage claims"),
    maxWageCut: nonneg(0.02, "Largest nominal wage cut a firm imposes, per year (downward stickiness)"),

    // ---- the State (M7, M13) ---------------------------------------------------------------
    taxRate: share(0.15, "Tax rate on wages and dividends"),
    deficitShare: share(
      0.03,
      "Structural deficit of the fiscal rule, share of the value of output: G = T - B - iD + d P Y (12-month means)",
    ),
    benefitLaissezFaire: share(
      0.2,
      "Unemployment benefit as a share of the mean wage (laissez-faire, repression)",
    ),
    benefitPlanning: share(0.4, "Unemployment benefit as a share of the mean wage (planning)"),
    counterCyclical: nonneg(
      0.5,
      "Planning: extra State spending per point of unemployment above the target, share of output",
    ),
    unemploymentTarget: share(0.05, "Planning: unemployment rate the counter-cyclical spending aims at"),
    incomesPolicy: share(0.5, "Planning: weight of the wage norm in labour-market wage setting"),
    inflationTarget: nonneg(0.02, "Planning: inflation target in the wage norm, per year"),
    recognitionShare: share(0.5, "Organised share of a workforce at which a firm recognises the union"),
    recognitionSharePlanning: share(0.2, "Planning: statutory recognition at this organised share"),
    repressionTrigger: share(0.3, "Repression: organisation density at which the State represses unasked"),
    repressionHalfLife: z
      .number()
      .gt(0)
      .default(24)
      .describe("Half-life of repression's effect on the cost of organising, in months"),
    recognitionBan: z
      .number()
      .int()
      .min(0)
      .default(36)
      .describe("Repression: months during which union recognition is withdrawn"),
    repressionCooldown: z
      .number()
      .int()
      .min(1)
      .default(12)
      .describe("Repression: fewest months between two repressions"),

    // ---- organisation (M11, M13) ---------------------------------------------------------
    thresholdMean: nonneg(0.6, "Mean of workers' collective-action thresholds (share of others acting)"),
    thresholdSd: nonneg(0.6, "Standard deviation of thresholds (normal, clamped to [0, 1])"),
    initialDensity: share(0.2, "Share of workers organised at the start (those with the lowest thresholds)"),
    classWeight: share(0.3, "Weight of class-wide density, against the workplace share, in the signal"),
    unemploymentDeterrence: nonneg(1, "Threshold raised per unit of unemployment rate (kU)"),
    repressionDeterrence: nonneg(0.3, "Threshold raised at full repression intensity (kR)"),
    sizeEffect: nonneg(0.15, "Threshold lowered at the largest workplaces, log-scaled by size (kS)"),
    winsEffect: nonneg(0.05, "Threshold lowered per recent win at the workplace (kW)"),
    heterogeneityEffect: nonneg(
      0.5,
      "Threshold raised per unit of relative wage distance to the firm mean (kH)",
    ),
    hysteresis: nonneg(0.1, "Members leave only when the signal falls this far below their threshold"),
    dues: share(0.01, "Dues paid by organised employed members to the fund, share of the wage"),
    strikePay: share(0.5, "Strike pay from the fund, share of the striker's wage"),
    mutualAid: share(0.05, "Refusal: mutual aid from the fund to unemployed members, share of the mean wage"),
    memberResolve: share(0.3, "Factor applied to a member's threshold when the organisation calls a strike"),
    strikeFatigue: nonneg(0.1, "Threshold raised per month on strike without full strike pay"),

    // ---- bargaining (M5, M6, M2, M12) -----------------------------------------------------
    demandExcess: z
      .number()
      .min(-1)
      .max(10)
      .default(0)
      .describe("How far demands go beyond the margin: demand x (1 + demandExcess) (T2)"),
    marginShare: share(
      0.7,
      "Share of the firm's margin a union demands on top of inflation and productivity",
    ),
    strikeQuorum: share(0.5, "Share of the workforce that must join for a strike to start or go on"),
    productivityDealShare: share(
      0.3,
      "Share of the productivity gain of new capital paid as a raise in a productivity deal",
    ),
    strikeOfferRaise: nonneg(0.03, "Raise a firm offers to end a strike it does not concede (fraction)"),

    // ---- general strike (M10) --------------------------------------------------------------
    generalStrikeTrigger: share(0.3, "Organisation density at which a general strike is called"),
    targetWageShare: share(0.7, "Wage share demanded by a general strike ('fair share', ¶14)"),
    generalStrikeQuorum: share(
      0.3,
      "Share of the employed who must join for a general strike to start or go on",
    ),
    generalStrikeMaxMonths: z.number().int().min(1).default(6).describe("Longest general strike, in months"),
    generalStrikeCooldown: z
      .number()
      .int()
      .min(1)
      .default(60)
      .describe("Fewest months between general strikes"),
    maxConcession: nonneg(0.1, "Largest raise a firm concedes to a general strike (fraction)"),

    // ---- refusal (M9) ----------------------------------------------------------------------
    blockShare: share(
      0.4,
      "Organised share at which a workplace refuses productivity deals and blocks adoption",
    ),
    rotationMonths: z
      .number()
      .int()
      .min(1)
      .default(1)
      .describe("Months each rotating strike lasts before moving to the next strategic point"),
    rotationFirms: share(0.05, "Largest share of firms struck at once by rotating strikes"),
    fundReserveMonths: nonneg(2, "Refusal: months of strike pay the fund keeps before starting new strikes"),

    // ---- passivity (M8) --------------------------------------------------------------------
    effortElasticity: nonneg(1, "eta: effort lost per unit of relative wage shortfall below the reference"),
    referenceAdaptation: share(0.02, "Monthly weight of the current wage in the fairness reference"),
    supervisionResponse: nonneg(0.5, "Share of workers put on supervision per unit of effort shortfall"),
    supervisionEffect: nonneg(1, "Share of effort withdrawal supervision suppresses when it covers everyone"),
    maxSupervision: share(0.15, "Largest share of a workforce taken off production to supervise"),

    // ---- firm responses (M4) ---------------------------------------------------------------
    automationShare: share(
      0.05,
      "Share of capital scrapped and replaced by the frontier technique in an automation drive",
    ),
    scrapLoss: share(0.3, "Share of the value of scrapped capital lost (the cost of automating early)"),
    automationPremium: nonneg(0.1, "Wage premium at which an automating firm judges a technique viable"),
    hiringCost: nonneg(3, "Cost of replacing a worker, in months of the wage (hiring around the organised)"),
    repressionCost: nonneg(1, "Cost to a firm of calling for repression, in months of its wage bill"),
    responseHorizon: nonneg(24, "Months over which a firm counts the cost of a conceded raise"),

    // ---- mechanism switches (attribution: each switches one mechanism off; README §3.14) ----
    livingLabour: on(
      "M1 (¶9 ¶15 ¶17): output needs hours worked; off, output uses the whole workforce at full effort, whatever strikes, effort or supervision withhold",
    ),
    workplaceStrikes: on(
      "M2 (¶14): workplace strikes (contract and rotating); off, no workplace strike starts and the union takes the firm's offer",
    ),
    inducedInnovation: on(
      "M3 (¶12 ¶15): the wage share and strike losses steer the frontier's success and bias; off, innovation runs as at the neutral wage share",
    ),
    automationResponse: on("M4 (¶15 ¶17): firms may answer a strike or lost effort with an automation drive"),
    hireAroundResponse: on("M4 (¶17): firms may answer a strike by hiring around the organised"),
    repressionResponse: on("M4 (¶17 ¶20): firms may answer a strike by calling on the repressive State"),
    unionBargaining: on(
      "M5 (¶33 ¶34): recognised unions bargain yearly contracts; off, wages at recognised firms follow the labour market",
    ),
    markupCompression: on(
      "M6 (¶33): a raise conceded beyond inflation and productivity compresses the markup (Kalecki 1971); off, the markup is kept",
    ),
    incomesPolicyRule: on(
      "M7 (¶18 ¶36): planning's incomes policy (wage norm in market wages, cap on settlements); off, planning sets no wage norm",
    ),
    planningBenefits: on("M7 (¶19): planning pays the higher benefit; off, the laissez-faire benefit"),
    statutoryRecognition: on(
      "M7 (¶36): planning recognises unions at the lower statutory share; off, at the firm's own share",
    ),
    effortWithdrawal: on(
      "M8 (¶11 ¶37): under passivity, workers paid below their fairness reference withdraw effort",
    ),
    adoptionVeto: on(
      "M9 (¶37 ¶38): an organised workplace under refusal blocks new techniques and automation drives; off, it adopts them",
    ),
    rotatingStrikes: on("M9 (¶37): refusal's rotating strikes at the strategic points"),
    generalStrikes: on("M10 (¶14): the organisation calls general strikes"),
    contagion: on(
      "M11 (¶32 ¶33): organisation spreads by threshold contagion; off, membership stays as it started",
    ),
    productivityDeals: on(
      "M12 (¶36): adoption at a recognised workplace comes with a productivity deal (capital's offer, a raise); off, without",
    ),
    stateRepression: on("M13 (¶20): the repressive State seizes funds and withdraws recognition"),
    repressionDecay: on(
      "M13 (¶20): repression's deterrence fades with its half-life; off, it never fades once the State has repressed",
    ),

    // ---- record ----------------------------------------------------------------------------
    crisisOutputFall: share(
      0.03,
      "A crisis month: output (3-month mean) down more than this share over 12 months",
    ),
    crisisProfitRate: z
      .number()
      .default(0)
      .describe("... or the annual aggregate profit rate below this for 6 months"),
  })
  .strict();

export type RefusalParams = z.output<typeof refusalParams>;
