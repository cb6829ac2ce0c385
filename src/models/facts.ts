import type { ModelFacts } from "../analysis/fact-inputs.ts";
import { refusalFacts } from "./refusal/facts.ts";

/**
 * The models that have stylised-facts targets, by name (kept apart from the registry in
 * index.ts, which the browser lab bundles: the facts read a data file next to the model).
 */
export const modelFacts: Readonly<Record<string, ModelFacts>> = { refusal: refusalFacts };
