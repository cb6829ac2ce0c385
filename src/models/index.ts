import type { AnyModel } from "../engine/model.ts";
import type { ModelLookup } from "../scenario/scenario.ts";
import { boltzmann } from "./boltzmann/index.ts";
import { goodwin } from "./goodwin/index.ts";
import { keen } from "./keen/index.ts";
import { refusal } from "./refusal/index.ts";
import { sim } from "./sim/index.ts";
import { threshold } from "./threshold/index.ts";
import { wright } from "./wright/index.ts";

/** Every model of the laboratory, in the order `refusal models` lists them. */
export const allModels: readonly AnyModel[] = [refusal, goodwin, keen, sim, threshold, wright, boltzmann];

const byName = new Map(allModels.map((m) => [m.name, m]));

/** The model registry, as the scenario loader and the CLI see it. */
export const registry: ModelLookup & { all(): readonly AnyModel[] } = {
  get: (name) => byName.get(name),
  names: () => [...byName.keys()],
  all: () => allModels,
};
