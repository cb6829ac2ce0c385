import { useState } from "preact/hooks";
import type { AnyModel, ParamInfo } from "../engine.ts";
import { type Control, controlFor, readValue, roundToStep } from "../params-ui.ts";
import { NumberField } from "./NumberField.tsx";

interface Props {
  model: AnyModel;
  infos: ParamInfo[];
  params: Record<string, unknown>;
  /** Prefix of element ids, so two scenarios' controls never share one. */
  idPrefix: string;
  onChange: (params: Record<string, unknown>) => void;
}

function valueText(v: unknown): string {
  return typeof v === "number" ? String(v) : typeof v === "string" ? v : JSON.stringify(v);
}

/** One parameter: a slider and a number box, a select, or a checkbox, with its meaning below. */
function ParamRow({ model, info, params, idPrefix, onChange }: Omit<Props, "infos"> & { info: ParamInfo }) {
  const [error, setError] = useState<string | null>(null);
  const current = params[info.name];
  const valid = (v: unknown) => model.params.safeParse({ ...params, [info.name]: v }).success;
  const control: Control = controlFor(info, valid, current);
  const id = `${idPrefix}-${info.name}`;
  const descId = `${id}-desc`;
  const commit = (raw: string | boolean): boolean => {
    const v = readValue(info, raw);
    const r = v === undefined ? null : model.params.safeParse({ ...params, [info.name]: v });
    if (!r?.success) {
      setError(`${valueText(raw)} is not a valid value`);
      return false;
    }
    setError(null);
    onChange(r.data as Record<string, unknown>);
    return true;
  };
  const range = [
    // Bounds that only say "an integer that fits a double" are not worth showing.
    info.minimum !== undefined && info.minimum > -1e15 ? `min ${info.minimum}` : "",
    info.maximum !== undefined && info.maximum < 1e15 ? `max ${info.maximum}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  if (control.kind === "none")
    return (
      <div class="param param-fixed">
        <span class="param-name">{info.name}</span>
        <span class="param-value" title={valueText(current)}>
          {valueText(current).slice(0, 40)}
        </span>
        <p class="desc">{info.description} (set by the preset)</p>
      </div>
    );
  return (
    <div class={`param${error ? " invalid" : ""}`}>
      <label class="param-name" for={id}>
        {info.name}
      </label>
      {control.kind === "select" && (
        <select
          id={id}
          aria-describedby={descId}
          value={String(current)}
          onChange={(e) => commit(e.currentTarget.value)}
        >
          {control.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
      {control.kind === "checkbox" && (
        <input
          id={id}
          type="checkbox"
          aria-describedby={descId}
          checked={current === true}
          onChange={(e) => commit(e.currentTarget.checked)}
        />
      )}
      {control.kind === "range" && (
        <>
          <input
            id={id}
            type="range"
            min={control.min}
            max={control.max}
            step={control.step}
            value={typeof current === "number" ? current : 0}
            aria-describedby={descId}
            aria-valuetext={valueText(current)}
            onInput={(e) => {
              const v = Number(e.currentTarget.value);
              commit(String(control.integer ? Math.round(v) : roundToStep(v, control.step)));
            }}
          />
          <NumberField
            class="param-number"
            aria-label={`${info.name}, exact value`}
            aria-describedby={descId}
            min={info.minimum}
            max={info.maximum}
            step={control.integer ? 1 : "any"}
            value={typeof current === "number" ? current : Number.NaN}
            commit={(v) => commit(String(v))}
          />
        </>
      )}
      <p class="desc" id={descId}>
        {info.description}
        {range && <span class="range"> [{range}]</span>}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The controls of a scenario's parameters. */
export function ParamControls(props: Props) {
  return (
    <div class="params">
      {props.infos.map((info) => (
        <ParamRow key={info.name} {...props} info={info} />
      ))}
    </div>
  );
}
