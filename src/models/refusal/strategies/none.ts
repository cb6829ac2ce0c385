import { adoptOutright } from "../phases/adoption.ts";
import { unsupervised } from "../phases/struggle/supervision.ts";
import type { Strategy } from "./strategy.ts";

/**
 * `none`: no organisation, no demands, no strikes, full effort. Wages follow the labour market
 * (¶34: without organisation "better conditions of life for the workers were not separable from
 * greater economic development of capitalism"); new techniques are adopted as they come.
 */
export const none: Strategy<"none"> = {
  name: "none",
  organises: false,
  unionSetsWages: false,
  passive: false,
  blocksAdoption: false,
  paysMutualAid: false,
  struggle: unsupervised,
  adoption: adoptOutright,
};
