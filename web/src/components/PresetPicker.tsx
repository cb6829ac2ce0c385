import type { Preset } from "../presets.ts";
import { Paragraphs } from "./About.tsx";

/** Choose a preset; shows what it means and where in the essay it comes from. */
export function PresetPicker({
  id,
  label,
  presets,
  value,
  modified,
  onPick,
}: {
  id: string;
  label: string;
  presets: Preset[];
  value: string;
  modified: boolean;
  onPick: (id: string) => void;
}) {
  const p = presets.find((x) => x.id === value) ?? presets[0];
  return (
    <div class="preset">
      <label for={id}>{label}</label>
      <div class="preset-row">
        <select id={id} value={p.id} onChange={(e) => onPick(e.currentTarget.value)}>
          {presets.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
        {modified && (
          <button
            type="button"
            onClick={() => onPick(p.id)}
            title="Put every parameter back to the preset's value"
          >
            Back to preset
          </button>
        )}
      </div>
      {p.sentence && (
        <p class="sentence">
          {p.sentence} {p.paragraphs && <Paragraphs list={p.paragraphs} />}
        </p>
      )}
      {p.source && (
        <p class="source">
          Mirrors <code>{p.source}</code>
        </p>
      )}
      {modified && <p class="modified">Parameters changed from the preset.</p>}
    </div>
  );
}
