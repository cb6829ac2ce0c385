import { getModel, scenarioFromText } from "./engine.ts";
import { type Preset, refusalPresets } from "./presets.ts";

/** The canonical scenario files of every model, as text, bundled at build time. */
const files = import.meta.glob<string>("../../src/models/*/scenarios/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/**
 * A model's canonical scenarios as presets, read through the same scenario loader as the CLI
 * (files of a model that is not registered yet are skipped).
 */
export function canonicalPresets(model: string): Preset[] {
  const out: Preset[] = [];
  for (const [path, text] of Object.entries(files)) {
    const m = /\/models\/([^/]+)\/scenarios\/([^/]+)\.yaml$/.exec(path);
    if (!m || m[1] !== model) continue;
    const source = `src/models/${m[1]}/scenarios/${m[2]}.yaml`;
    try {
      const sc = scenarioFromText(text, source);
      out.push({
        id: m[2],
        label: sc.description ?? sc.name ?? m[2],
        source,
        params: sc.params,
        seed: sc.seed,
        horizon: sc.horizon,
      });
    } catch {
      // A scenario the registry cannot read (its model is not registered yet): not offered.
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every preset of a model: strategy × regime for `refusal`, then the canonical scenarios, or the defaults. */
export function presetsFor(model: string): Preset[] {
  const list = [...(model === "refusal" ? refusalPresets() : []), ...canonicalPresets(model)];
  if (list.length > 0) return list;
  const m = getModel(model);
  return [{ id: "defaults", label: `${m.name} with its default parameters`, params: {} }];
}
