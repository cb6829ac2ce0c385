import type { AnyModel } from "../engine/model.ts";
import { UserError } from "./errors.ts";
import type { ModelLookup } from "./scenario.ts";

/** A lookup that can also list its models. */
export type ModelList = ModelLookup & { all(): readonly AnyModel[] };

/** A lookup of these models, by name; two models of one name are refused. */
export function modelLookup(models: readonly AnyModel[]): ModelList {
  const byName = new Map<string, AnyModel>();
  for (const m of models) {
    if (byName.has(m.name) && byName.get(m.name) !== m)
      throw new UserError(`two models are named '${m.name}': give each model its own name`);
    byName.set(m.name, m);
  }
  const all = [...byName.values()];
  return {
    get: (name) => byName.get(name),
    names: () => [...byName.keys()],
    all: () => all,
  };
}

/** The models of `base` (e.g. the default list) and these ones, given by value. */
export function withModels(base: ModelList, models: readonly AnyModel[]): ModelList {
  return modelLookup([...base.all(), ...models]);
}
