/**
 * The mechanisms M1–M13 of the `refusal` model with the essay paragraphs they implement, as in
 * the table of DESIGN.md ("The models") and src/models/refusal/README.md. Documentation only:
 * the mechanisms themselves live in src/models/refusal/mechanisms/.
 */
export interface Mechanism {
  id: string;
  paragraphs: number[];
  title: string;
  what: string;
  observe: string;
}

export const MECHANISMS: readonly Mechanism[] = [
  {
    id: "M1",
    paragraphs: [9, 15, 17],
    title: "No life in capital without living labour",
    what: "Production needs hours worked as well as machines; only hours worked add value.",
    observe: "Output and profit fall when hours are withheld.",
  },
  {
    id: "M2",
    paragraphs: [14],
    title: "The strike, a “No” at a point in the process",
    what: "Strikes at a firm withdraw hours; strikers draw strike pay from the organisation's fund; a strike ends in a settlement or collapses.",
    observe: "Strike-months and the output lost to them.",
  },
  {
    id: "M3",
    paragraphs: [12, 15, 17],
    title: "Struggles determine technical change",
    what: "Innovation succeeds more often, and saves more labour, when the wage share and recent strike losses are high; firms adopt a technique only if it pays at current wages (Okishio).",
    observe: "Productivity growth after strikes.",
  },
  {
    id: "M4",
    paragraphs: [17],
    title: "Capital tries to escape the class relation",
    what: "Firms facing struggle concede, automate, hire around the organised or call on the State for repression.",
    observe: "The mix of firms' responses over time.",
  },
  {
    id: "M5",
    paragraphs: [33, 34],
    title: "Demands within the margins",
    what: "Unions demand up to the firm's margin (revenue less wages and normal profit); raises feed demand and the race for productivity.",
    observe: "Wages and profits growing together.",
  },
  {
    id: "M6",
    paragraphs: [33],
    title: "Demands beyond the margins",
    what: "Settlements above the margin push profit under the hurdle rate: disinvestment and bankruptcies.",
    observe: "The number of crises.",
  },
  {
    id: "M7",
    paragraphs: [18, 19, 36],
    title: "The planning State",
    what: "An incomes policy (wages follow productivity), counter-cyclical spending, benefits and union recognition.",
    observe: "How wide the cycles are.",
  },
  {
    id: "M8",
    paragraphs: [11, 37],
    title: "Spontaneous passivity",
    what: "Unorganised workers withdraw effort when wages fall below what they think fair; firms answer with supervision and automation.",
    observe: "Volatility and accumulation.",
  },
  {
    id: "M9",
    paragraphs: [32, 37, 38],
    title: "Organised refusal",
    what: "No demands tabled, productivity deals refused, new techniques blocked where workers are organised, strikes rotated to strategic points, a mutual-aid fund.",
    observe: "Accumulation and organisation.",
  },
  {
    id: "M10",
    paragraphs: [14],
    title: "The general strike for a “fair share”",
    what: "A class-wide strike with a target wage share; who joins follows a threshold cascade.",
    observe: "A concession, then a reversion?",
  },
  {
    id: "M11",
    paragraphs: [32, 33],
    title: "Organisation grows with concentration, unity, homogeneity",
    what: "Workers join when enough others around them do (thresholds); big workplaces, equal wages and wins lower the thresholds; unemployment and repression raise them.",
    observe: "Organisation density.",
  },
  {
    id: "M12",
    paragraphs: [35, 39],
    title: "Capital making demands, workers refusing",
    what: "A log of bargaining: who makes the demands and what is refused.",
    observe: "The domination index.",
  },
  {
    id: "M13",
    paragraphs: [20],
    title: "The class exists without its institutions",
    what: "Repression takes the fund and recognition away, not the workers' memory: organisation can recover.",
    observe: "The time organisation takes to recover.",
  },
];

/** The mechanisms a strategy or a regime sets in motion (beyond M1, M3, M4, M11, always on). */
export const MECHANISMS_OF: Record<string, readonly string[]> = {
  none: [],
  bargaining: ["M2", "M5", "M6", "M12"],
  passivity: ["M8"],
  "general-strike": ["M10", "M2"],
  refusal: ["M9", "M2", "M12"],
  "laissez-faire": [],
  planning: ["M7"],
  repression: ["M13"],
};

/** Link to a paragraph of the essay page. */
export function essayHref(paragraph: number): string {
  return `essay.html#p${paragraph}`;
}
