import type { Columns, ModelFacts } from "../../analysis/fact-inputs.ts";

const col = (c: Columns, name: string, i: number) => c[name][i];
/** Employment per household of the population N: (1 − u) times the labour force's share of N. */
const employed = (c: Columns, i: number) => (1 - col(c, "unemploymentRate", i)) * col(c, "labourForce", i);
/** Hours worked per member of the labour force: the employed who are not on strike. */
const hours = (c: Columns, i: number) => employed(c, i) * (1 - col(c, "strikeShare", i));

/**
 * The `refusal` model's stylised facts: its targets file (next to the model) and how each series
 * the facts need comes from its recorded metrics. Every series is per member of the
 * population N, so logs and shares are those of the aggregates. Firm ages are not recorded:
 * the rows that need them say so.
 */
export const refusalFacts: ModelFacts = {
  targets: new URL("./stylised-facts.yaml", import.meta.url),
  burnInMonths: (p) => 12 * Number(p.burnInYears ?? 0),
  monthsPerStep: 1,
  series: {
    gdp: {
      metrics: ["output"],
      text: "output of the month (quarterly mean)",
      value: (c, i) => col(c, "output", i),
    },
    employment: {
      metrics: ["unemploymentRate", "labourForce"],
      text: "employment, (1 − unemploymentRate) × labourForce",
      value: employed,
    },
    hours: {
      metrics: ["unemploymentRate", "labourForce", "strikeShare"],
      text: "hours worked: employment × (1 − strikeShare), hours per worker being fixed",
      value: hours,
    },
    unemployment: {
      metrics: ["unemploymentRate"],
      text: "unemployment rate",
      value: (c, i) => col(c, "unemploymentRate", i),
    },
    consumption: {
      metrics: ["consumption"],
      text: "real consumption of workers and capitalists",
      value: (c, i) => col(c, "consumption", i),
    },
    investment: {
      metrics: ["investment", "inventories"],
      text: "real gross investment as in the national accounts' GPDI: machines installed plus the month's change in inventories",
      value: (c, i) => col(c, "investment", i) + col(c, "inventories", i) - col(c, "inventories", i - 1),
      monthly: true,
    },
    fixedInvestment: {
      metrics: ["investment"],
      text: "real fixed investment: machines installed",
      value: (c, i) => col(c, "investment", i),
    },
    vacancies: {
      metrics: ["vacancies"],
      text: "vacancies unfilled after the month's hiring",
      value: (c, i) => col(c, "vacancies", i),
    },
    realWage: { metrics: ["realWage"], text: "real wage", value: (c, i) => col(c, "realWage", i) },
    nominalWage: { metrics: ["meanWage"], text: "mean money wage", value: (c, i) => col(c, "meanWage", i) },
    productivity: {
      metrics: ["output", "unemploymentRate", "labourForce", "strikeShare"],
      text: "output per hour worked (the quarter's output over its hours)",
      value: (c, i) => col(c, "output", i) / hours(c, i),
      weight: hours,
    },
    priceLevel: { metrics: ["priceLevel"], text: "price level", value: (c, i) => col(c, "priceLevel", i) },
    labourShare: {
      metrics: ["wageShare", "priceLevel", "output"],
      text: "wage share (the quarter's wages over the value of its output)",
      value: (c, i) => col(c, "wageShare", i),
      weight: (c, i) => col(c, "priceLevel", i) * col(c, "output", i),
    },
    firms: { metrics: ["firms"], text: "active firms", value: (c, i) => col(c, "firms", i) },
    firmExits: { metrics: ["bankruptcies"], text: "firm exits", value: (c, i) => col(c, "bankruptcies", i) },
    firmYoungExits: {
      metrics: ["youngExits"],
      text: "exits of firms younger than two years",
      value: (c, i) => col(c, "youngExits", i),
    },
    firmEntries: {
      metrics: ["firms", "bankruptcies"],
      text: "firm entries, firms − firms a month earlier + exits",
      value: (c, i) => col(c, "firms", i) - col(c, "firms", i - 1) + col(c, "bankruptcies", i),
      monthly: true,
    },
  },
  absent: {},
  firmSizesFromCells: "workforce of each active firm at the end of each year (the lab's workplace cells)",
};
