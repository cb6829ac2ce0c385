/**
 * Presets of the lab: named parameter sets a newcomer can start from. For the `refusal` model,
 * one preset per workers' strategy and capital/State regime (DESIGN.md, "The models"), each
 * with one plain-language sentence and the paragraphs of the essay it comes from; for the other
 * models, their canonical scenario files (see canonical.ts).
 */

/** A named starting point: parameters over the model's defaults, and optionally seed and horizon. */
export interface Preset {
  /** Unique within the model; used in the URL. */
  id: string;
  label: string;
  /** What the preset means, in one plain sentence. */
  sentence?: string;
  /** Paragraphs (¶1–¶40, see web/src/essay-parse.ts ESSAY_PARAGRAPHS) of the essay the preset comes from. */
  paragraphs?: number[];
  /** The scenario file it mirrors, if any. */
  source?: string;
  params: Record<string, unknown>;
  seed?: number;
  horizon?: number;
}

/** Workers' strategies and capital/State regimes of the `refusal` model (src/models/refusal/params.ts). */
export const STRATEGIES = ["none", "bargaining", "passivity", "general-strike", "refusal"] as const;
export const REGIMES = ["laissez-faire", "planning", "repression"] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type Regime = (typeof REGIMES)[number];

const STRATEGY_LABEL: Record<Strategy, string> = {
  none: "No organisation",
  bargaining: "Trade-union bargaining",
  passivity: "Spontaneous passivity",
  "general-strike": "General strike",
  refusal: "Organised refusal",
};

const REGIME_LABEL: Record<Regime, string> = {
  "laissez-faire": "laissez-faire",
  planning: "Keynesian planning",
  repression: "repression",
};

/** One sentence and its paragraphs per strategy and regime. */
const MEANING: Record<Strategy, Record<Regime, [string, number[]]>> = {
  none: {
    "laissez-faire": [
      "Workers take the wage the labour market gives and the State stays out: the baseline, in which capital still cannot produce without living labour.",
      [9, 17],
    ],
    planning: [
      "Workers do not organise, but a Keynesian State sets a wage norm, pays benefits and spends against unemployment, doing the work the market no longer does alone.",
      [18, 19],
    ],
    repression: [
      "Workers do not organise and the State stands ready to repress any organisation that appears: capital's order with no one contesting it.",
      [20],
    ],
  },
  bargaining: {
    "laissez-faire": [
      "Unions ask each firm for raises within what it can pay and strike when refused, with no help or hindrance from the State: demands inside the margins improve exploitation.",
      [33, 34],
    ],
    planning: [
      "Unions bargain inside a plan that recognises them, ties wages to productivity and spends against slumps: capital solicits workers' demands as its own needs.",
      [19, 36],
    ],
    repression: [
      "Unions bargain and strike, and firms call on the State, which takes away the unions' fund and recognition: the 'No' answered by force.",
      [20, 28],
    ],
  },
  passivity: {
    "laissez-faire": [
      "Workers do not organise but hold back effort when wages fall below what they think fair, and firms answer with supervision and machines.",
      [11, 37],
    ],
    planning: [
      "Workers hold back effort when wages feel unfair while the State plans wages and demand: the case in which mass passivity becomes a stabiliser of development.",
      [37],
    ],
    repression: [
      "Workers hold back effort without organising, under a State ready to repress any organisation that forms.",
      [20, 37],
    ],
  },
  "general-strike": {
    "laissez-faire": [
      "Once enough workers are organised the whole class strikes for a 'fair share' of output until firms concede or the strike runs out.",
      [14],
    ],
    planning: [
      "The whole class strikes for a fair wage share against a State that already plans wages and demand.",
      [14, 18],
    ],
    repression: [
      "The whole class strikes for a fair wage share and the State answers with repression.",
      [14, 20],
    ],
  },
  refusal: {
    "laissez-faire": [
      "Organised workers table no demands, refuse productivity deals and new techniques where they are strong, and strike in rotation at strategic points, backed by a mutual-aid fund.",
      [32, 37, 38],
    ],
    planning: [
      "Organised refusal against a planning State that needs workers' demands to carry its plan: there are no demands for it to absorb.",
      [36, 37, 38],
    ],
    repression: [
      "Organised refusal meets repression that removes the fund and union recognition but not the workers' memory, so organisation can grow back.",
      [20, 38],
    ],
  },
};

/** The `refusal` model's presets: every strategy under every regime, strategies in DESIGN.md's order. */
export function refusalPresets(): Preset[] {
  return STRATEGIES.flatMap((strategy) =>
    REGIMES.map((regime) => {
      const [sentence, paragraphs] = MEANING[strategy][regime];
      return {
        id: `${strategy}/${regime}`,
        label: `${STRATEGY_LABEL[strategy]} · ${REGIME_LABEL[regime]}`,
        sentence,
        paragraphs,
        params: { strategy, regime },
      };
    }),
  );
}

/**
 * The parameters shown first (as sliders and selects) for models with many; every other scalar
 * parameter sits under "All parameters". Models not listed show all their parameters first.
 */
export const MAIN_PARAMS: Record<string, readonly string[]> = {
  refusal: [
    "strategy",
    "regime",
    "workers",
    "firms",
    "demandExcess",
    "marginShare",
    "thresholdMean",
    "initialDensity",
    "targetWageShare",
    "blockShare",
    "repressionTrigger",
    "markup",
  ],
};

/**
 * Metrics charted by default, by name, when the model has them (the others can be added);
 * models not listed chart their first six metrics.
 */
export const MAIN_METRICS: Record<string, readonly string[]> = {
  refusal: [
    "wageShare",
    "unemploymentRate",
    "accumulationRate",
    "productivity",
    "strikeShare",
    "organisationDensity",
  ],
  wright: ["wageShare", "workersShare", "capitalistsShare", "unemployedShare", "largestFirmShare", "firms"],
};

/** The metric whose value 1 marks a crisis month, shaded on every chart's time axis. */
export const CRISIS_METRIC = "crisis";
