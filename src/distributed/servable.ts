import type { AnyModel } from "../engine/model.ts";
import type { Registration } from "./keys.ts";
import { PROTOCOL } from "./result.ts";

/**
 * Why this worker must not take runs of a registered experiment, or undefined when it may: the
 * same model at the same version (otherwise its runs would differ from the coordinator's plan,
 * and be stored as errors) and the same protocol.
 */
export function whyNotServable(
  reg: Registration | undefined,
  lookup: (name: string) => AnyModel | undefined,
): string | undefined {
  if (!reg) return "its registration is unreadable";
  if (reg.protocol !== PROTOCOL)
    return `it speaks protocol ${reg.protocol} (coordinator ${reg.software}), this worker ${PROTOCOL}: use the same refusal version`;
  const model = lookup(reg.model);
  if (!model)
    return reg.module
      ? `this worker has no model '${reg.model}' (the coordinator's comes from ${reg.module}): start the worker with that model`
      : `this worker has no model '${reg.model}': use the same refusal version`;
  if (model.version !== reg.modelVersion)
    return `it runs ${reg.model} ${reg.modelVersion}, this worker has ${model.version}: use the same refusal version`;
  return undefined;
}
