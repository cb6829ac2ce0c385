import type { AnyModel } from "../engine/model.ts";
import { type ModelList, modelLookup } from "../scenario/model-lookup.ts";
import { boltzmann } from "./boltzmann/index.ts";
import { goodwin } from "./goodwin/index.ts";
import { keen } from "./keen/index.ts";
import { refusal } from "./refusal/index.ts";
import { sim } from "./sim/index.ts";
import { threshold } from "./threshold/index.ts";
import { wright } from "./wright/index.ts";

/**
 * The models of the laboratory, in the order `refusal models` lists them: the default list. The
 * experiment machinery and the workers take other models too, by value or by module path
 * (`withModels`, `loadModelModule`); these are the ones every worker has without being told.
 */
export const defaultModels: readonly AnyModel[] = [refusal, goodwin, keen, sim, threshold, wright, boltzmann];

/** The default models by name, as the scenario loader, the CLI and the workers see them. */
export const registry: ModelList = modelLookup(defaultModels);
