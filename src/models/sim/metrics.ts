import type { SimState } from "./state.ts";

/** Recorded metrics of model SIM, in `observe()` order. */
export const SIM_METRICS = ["Y", "T", "YD", "C", "Hh", "Hs", "G", "N"] as const;

export const SIM_METRIC_DESCRIPTIONS = [
  "National income (output) of the period, Y",
  "Taxes paid, T = Ts = Td",
  "Disposable income of households, YD",
  "Consumption, C = Cs = Cd",
  "Money held by households at the end of the period, Hh",
  "Money issued by the government at the end of the period, Hs",
  "Government expenditure of the period, G = Gs = Gd",
  "Employment, N = Ns = Nd",
] as const;

/** Write the metrics of the current state into `out`. */
export function observeSim(s: SimState, out: Float64Array): void {
  out[0] = s.Y;
  out[1] = s.Td;
  out[2] = s.YD;
  out[3] = s.Cd;
  out[4] = s.Hh;
  out[5] = s.Hs;
  out[6] = s.Gd;
  out[7] = s.Ns;
}
