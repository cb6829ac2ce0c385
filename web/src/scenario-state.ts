import { presetsFor } from "./canonical.ts";
import { type AnyModel, describeParams, getModel, listModels } from "./engine.ts";
import type { Preset } from "./presets.ts";
import { fromQuery, paramDiff, type UrlScenario } from "./url-state.ts";

/** One scenario of the lab: a preset and the full, valid parameters it runs with. */
export interface Side {
  preset: string;
  params: Record<string, unknown>;
}

/** What the lab runs: one model, one seed and horizon, one scenario or two side by side. */
export interface LabScenario {
  model: string;
  seed: number;
  horizon: number;
  a: Side;
  b?: Side;
}

/** The models of the lab, `refusal` first when it is registered. */
export function labModels(): AnyModel[] {
  const all = [...listModels()];
  const i = all.findIndex((m) => m.name === "refusal");
  if (i > 0) all.unshift(...all.splice(i, 1));
  return all;
}

/** A preset's full parameters (the model's defaults under the preset's values). */
export function presetParams(model: AnyModel, preset: Preset): Record<string, unknown> {
  return model.params.parse(preset.params) as Record<string, unknown>;
}

export function findPreset(model: string, id: string | undefined): Preset {
  const list = presetsFor(model);
  return list.find((p) => p.id === id) ?? list[0];
}

/** A fresh scenario for a model: its first preset, with the preset's seed and horizon if it has them. */
export function defaultScenario(modelName: string, seed = 0): LabScenario {
  const model = getModel(modelName);
  const preset = findPreset(modelName, undefined);
  return {
    model: modelName,
    seed: preset.seed ?? seed,
    horizon: preset.horizon ?? model.defaultHorizon,
    a: { preset: preset.id, params: presetParams(model, preset) },
  };
}

/**
 * Apply parameter values over a base, keeping only values the schema accepts: each rejected
 * parameter is left at its base value and named in `rejected`.
 */
export function applyValid(
  model: AnyModel,
  base: Record<string, unknown>,
  set: Record<string, unknown>,
): { params: Record<string, unknown>; rejected: string[] } {
  let current = base;
  const pending = new Map(Object.entries(set));
  for (let progress = true; progress && pending.size > 0; ) {
    progress = false;
    for (const [k, v] of pending) {
      const r = model.params.safeParse({ ...current, [k]: v });
      if (r.success) {
        current = r.data as Record<string, unknown>;
        pending.delete(k);
        progress = true;
      }
    }
  }
  if (pending.size > 0) {
    const r = model.params.safeParse({ ...current, ...Object.fromEntries(pending) });
    if (r.success) return { params: r.data as Record<string, unknown>, rejected: [] };
  }
  return { params: current, rejected: [...pending.keys()] };
}

/** The scenario a URL's query string describes, with a note for everything that had to be ignored. */
export function scenarioFromQuery(query: string): { scenario: LabScenario; notices: string[] } {
  const models = labModels();
  const notices: string[] = [];
  const first = fromQuery(query, () => undefined);
  let model = models.find((m) => m.name === first.model);
  if (first.model !== undefined && !model) notices.push(`unknown model '${first.model}' in the link`);
  model ??= models[0];
  const types = new Map(describeParams(model).map((p) => [p.name, p.type]));
  const q = fromQuery(query, (name) => types.get(name));
  const base = defaultScenario(model.name);
  const side = (presetId: string | undefined, set: Record<string, unknown>, label: string): Side => {
    const preset = findPreset(model.name, presetId);
    if (presetId !== undefined && preset.id !== presetId)
      notices.push(`unknown preset '${presetId}' in the link`);
    const unknown = Object.keys(set).filter((k) => !types.has(k));
    for (const k of unknown) {
      notices.push(`${label}: unknown parameter '${k}' ignored`);
      delete set[k];
    }
    const { params, rejected } = applyValid(model, presetParams(model, preset), set);
    for (const k of rejected) notices.push(`${label}: invalid value for '${k}' ignored`);
    return { preset: preset.id, params };
  };
  const a = side(q.a.preset, q.a.set, "scenario A");
  const presetA = findPreset(model.name, a.preset);
  let seed = q.seed ?? presetA.seed ?? base.seed;
  if (!(Number.isSafeInteger(seed) && seed >= 0)) {
    notices.push(`invalid seed in the link`);
    seed = 0;
  }
  let horizon = q.horizon ?? presetA.horizon ?? model.defaultHorizon;
  if (!(Number.isFinite(horizon) && horizon > 0 && horizon <= 1e7)) {
    notices.push(`invalid horizon in the link`);
    horizon = model.defaultHorizon;
  }
  const scenario: LabScenario = { model: model.name, seed, horizon, a };
  if (q.b) scenario.b = side(q.b.preset, q.b.set, "scenario B");
  return { scenario, notices };
}

/** The URL form of a scenario: parameters stored as differences from their preset. */
export function scenarioToUrl(s: LabScenario): UrlScenario {
  const model = getModel(s.model);
  const diff = (side: Side) => ({
    preset: side.preset,
    set: paramDiff(side.params, presetParams(model, findPreset(s.model, side.preset))),
  });
  return { model: s.model, seed: s.seed, horizon: s.horizon, a: diff(s.a), ...(s.b ? { b: diff(s.b) } : {}) };
}
