import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type uPlot from "uplot";
import { presetsFor } from "./canonical.ts";
import { About } from "./components/About.tsx";
import { type ChartRun, Charts, chartsKey } from "./components/Charts.tsx";
import { ParamControls } from "./components/ParamControls.tsx";
import { PresetPicker } from "./components/PresetPicker.tsx";
import { RunBar, RunStatus } from "./components/RunBar.tsx";
import { Workplaces } from "./components/Workplaces.tsx";
import { seriesCsv } from "./csv.ts";
import { download, slug } from "./download.ts";
import { type AnyModel, describeParams, getModel, type ParamInfo } from "./engine.ts";
import { chartsPng } from "./export-png.ts";
import { useControllers } from "./hooks.ts";
import { CRISIS_METRIC, MAIN_METRICS, MAIN_PARAMS } from "./presets.ts";
import { RunController, type RunSpec } from "./run-controller.ts";
import {
  defaultScenario,
  findPreset,
  type LabScenario,
  labModels,
  presetParams,
  type Side,
  scenarioFromQuery,
  scenarioToUrl,
} from "./scenario-state.ts";
import { defaultSpeed } from "./speed.ts";
import { paramDiff, toQuery } from "./url-state.ts";

const RUN_STYLE = {
  A: { colour: "#1d4ed8", band: "rgba(220, 38, 38, 0.13)" },
  B: { colour: "#c2410c", band: "rgba(234, 88, 12, 0.13)", dash: [6, 3] },
};

function defaultMetrics(model: AnyModel): string[] {
  const main = (MAIN_METRICS[model.name] ?? []).filter((m) => model.metrics.includes(m));
  return main.length > 0 ? main : model.metrics.slice(0, 6);
}

/** The preset that follows `id` in the list (the default second scenario of a comparison). */
function nextPreset(model: string, id: string): string {
  const list = presetsFor(model);
  const i = list.findIndex((p) => p.id === id);
  return list[(i + 1) % list.length].id;
}

/** Load a run whenever its spec changes, keeping it running if it was. */
function useRunSpec(ctrl: RunController | null, spec: RunSpec | null, generation: unknown): void {
  const key = spec ? JSON.stringify(spec) : "";
  useEffect(() => {
    if (ctrl && spec) ctrl.load(spec, ctrl.phase === "running");
  }, [ctrl, key, generation]);
}

/** One scenario's preset and parameters. */
function ScenarioPanel({
  name,
  model,
  infos,
  side,
  onSide,
}: {
  name: "A" | "B";
  model: AnyModel;
  infos: ParamInfo[];
  side: Side;
  onSide: (side: Side, preset?: boolean) => void;
}) {
  const presets = presetsFor(model.name);
  const preset = findPreset(model.name, side.preset);
  const modified = Object.keys(paramDiff(side.params, presetParams(model, preset))).length > 0;
  const mainNames = MAIN_PARAMS[model.name];
  const main = mainNames ? mainNames.flatMap((n) => infos.filter((i) => i.name === n)) : infos;
  const rest = mainNames ? infos.filter((i) => !mainNames.includes(i.name)) : [];
  const prefix = name.toLowerCase();
  const onParams = (params: Record<string, unknown>) => onSide({ preset: side.preset, params });
  return (
    <section class={`scenario scenario-${prefix}`} aria-labelledby={`scenario-${prefix}-title`}>
      <h2 id={`scenario-${prefix}-title`}>
        <span class={`run-dot run-${prefix}`} aria-hidden="true" /> Scenario {name}
      </h2>
      <PresetPicker
        id={`${prefix}-preset`}
        label={`Preset of scenario ${name}`}
        presets={presets}
        value={side.preset}
        modified={modified}
        onPick={(id) => onSide({ preset: id, params: presetParams(model, findPreset(model.name, id)) }, true)}
      />
      <ParamControls model={model} infos={main} params={side.params} idPrefix={prefix} onChange={onParams} />
      {rest.length > 0 && (
        <details class="all-params">
          <summary>All parameters ({rest.length} more)</summary>
          <ParamControls
            model={model}
            infos={rest}
            params={side.params}
            idPrefix={prefix}
            onChange={onParams}
          />
        </details>
      )}
    </section>
  );
}

/** The workplace views of the runs whose simulations offer them. */
function WorkplacesRow({ runs }: { runs: { label: string; ctrl: RunController }[] }) {
  useControllers(runs.map((r) => r.ctrl));
  const shown = runs.filter((r) => r.ctrl.hasCells);
  if (shown.length === 0) return null;
  return (
    <div class="cells-row">
      {shown.map((r) => (
        <Workplaces key={r.label} ctrl={r.ctrl} label={r.label} />
      ))}
    </div>
  );
}

export function App() {
  const initial = useMemo(() => scenarioFromQuery(location.search), []);
  const [sc, setSc] = useState<LabScenario>(initial.scenario);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const models = useMemo(labModels, []);
  const model = getModel(sc.model);
  const infos = useMemo(() => describeParams(model), [model]);
  const [speed, setSpeed] = useState(() => defaultSpeed(sc.horizon));
  const [metrics, setMetrics] = useState<string[]>(() => defaultMetrics(model));
  const ctrlA = useMemo(() => new RunController(), []);
  const [ctrlB, setCtrlB] = useState<RunController | null>(null);
  const charts = useRef<{ metric: string; plot: uPlot }[]>([]);
  const comparing = sc.b !== undefined;

  useEffect(() => {
    if (comparing && !ctrlB) setCtrlB(new RunController());
    if (!comparing && ctrlB) {
      ctrlB.dispose();
      setCtrlB(null);
    }
  }, [comparing, ctrlB]);

  useEffect(() => {
    const q = toQuery(scenarioToUrl(sc));
    history.replaceState(null, "", `${location.pathname}?${q}${location.hash}`);
  }, [sc]);

  const specA: RunSpec = { model: sc.model, params: sc.a.params, seed: sc.seed, horizon: sc.horizon };
  const specB: RunSpec | null = sc.b
    ? { model: sc.model, params: sc.b.params, seed: sc.seed, horizon: sc.horizon }
    : null;
  // Both runs restart together when a comparison starts or ends.
  useRunSpec(ctrlA, specA, ctrlB);
  useRunSpec(ctrlB, specB, ctrlB);

  useEffect(() => {
    ctrlA.setSpeed(speed);
    ctrlB?.setSpeed(speed);
  }, [speed, ctrlA, ctrlB]);

  const runs = [{ label: "A", ctrl: ctrlA }, ...(ctrlB && sc.b ? [{ label: "B", ctrl: ctrlB }] : [])];
  const chartRuns: ChartRun[] = runs.map((r) => ({ ...r, ...RUN_STYLE[r.label as "A" | "B"] }));
  const descriptions = Object.fromEntries(
    model.metrics.map((m, i) => [m, model.metricDescriptions?.[i] ?? ""]),
  );
  const timeLabel = `${model.timeUnit}s`;

  const pickModel = (name: string) => {
    const next = defaultScenario(name, sc.seed);
    if (comparing) {
      const id = nextPreset(name, next.a.preset);
      next.b = { preset: id, params: presetParams(getModel(name), findPreset(name, id)) };
    }
    setSc(next);
    setMetrics(defaultMetrics(getModel(name)));
    setSpeed(defaultSpeed(next.horizon));
    setNotices([]);
  };
  const setSide = (which: "a" | "b") => (side: Side, fromPreset?: boolean) => {
    const p = findPreset(sc.model, side.preset);
    setSc((s) => ({
      ...s,
      ...(fromPreset && which === "a" ? { seed: p.seed ?? s.seed, horizon: p.horizon ?? s.horizon } : {}),
      [which]: side,
    }));
  };
  const toggleCompare = (on: boolean) =>
    setSc((s) => {
      if (!on) return { ...s, b: undefined };
      const id = nextPreset(s.model, s.a.preset);
      return { ...s, b: { preset: id, params: presetParams(model, findPreset(s.model, id)) } };
    });
  const strategyRegime = [sc.a, ...(sc.b ? [sc.b] : [])].flatMap((s) =>
    [s.params.strategy, s.params.regime].filter((v): v is string => typeof v === "string"),
  );

  const exportCsv = (r: { label: string; ctrl: RunController }) => {
    if (!r.ctrl.series) return;
    const side = r.label === "A" ? sc.a : sc.b!;
    const name = `${sc.model}-${slug(side.preset)}-seed${sc.seed}-${r.label}.csv`;
    download(new Blob([seriesCsv(r.ctrl.series)], { type: "text/csv" }), name);
  };
  const sideLabel = (side: Side) => {
    const preset = findPreset(sc.model, side.preset);
    const changed = Object.keys(paramDiff(side.params, presetParams(model, preset))).length > 0;
    return `${preset.label}${changed ? " (modified)" : ""}`;
  };
  const exportPng = async () => {
    const title = `${sc.model} · seed ${sc.seed} · A: ${sideLabel(sc.a)}${sc.b ? ` · B: ${sideLabel(sc.b)}` : ""}`;
    const blob = await chartsPng(charts.current, title, chartRuns);
    download(blob, `${sc.model}-${slug(sc.a.preset)}-seed${sc.seed}.png`);
  };

  return (
    <>
      <header class="top">
        <div>
          <h1>refusal lab</h1>
          <p class="tagline">
            Tronti's <a href="essay.html">The Strategy of Refusal</a> (1965) as a running economy: pick a
            preset, press Run, change the parameters, compare two scenarios on the same seed.
          </p>
        </div>
        <label class="model-pick">
          <span id="model-label">Model</span>
          <select
            aria-labelledby="model-label"
            value={sc.model}
            onChange={(e) => pickModel(e.currentTarget.value)}
          >
            {models.map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {notices.length > 0 && (
        <div class="notices" role="status">
          <p>The link asked for things the lab cannot do; it shows the nearest valid scenario:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      <div class="layout">
        <aside class="side" aria-label="Scenarios">
          <p class="model-desc">{model.description}</p>
          <ScenarioPanel name="A" model={model} infos={infos} side={sc.a} onSide={setSide("a")} />
          <label class="compare">
            <input
              type="checkbox"
              checked={comparing}
              onChange={(e) => toggleCompare(e.currentTarget.checked)}
            />
            Compare with a second scenario (same model, seed and horizon)
          </label>
          {sc.b && <ScenarioPanel name="B" model={model} infos={infos} side={sc.b} onSide={setSide("b")} />}
        </aside>
        <main class="main">
          <RunBar
            runs={runs}
            timeUnit={model.timeUnit}
            stepsPerUnit={model.stepsPerUnit}
            speed={speed}
            onSpeed={setSpeed}
            seed={sc.seed}
            onSeed={(seed) => setSc((s) => ({ ...s, seed }))}
            horizon={sc.horizon}
            onHorizon={(horizon) => setSc((s) => ({ ...s, horizon }))}
          />
          {runs.map((r) => (
            <RunStatus key={r.label} label={r.label} ctrl={r.ctrl} timeUnit={model.timeUnit} />
          ))}
          <details class="metric-picker">
            <summary>
              Choose the charts ({metrics.length} of {model.metrics.length})
            </summary>
            <fieldset>
              <legend>Metrics to chart</legend>
              {model.metrics.map((m) => (
                <label key={m} title={descriptions[m]}>
                  <input
                    type="checkbox"
                    checked={metrics.includes(m)}
                    onChange={(e) =>
                      setMetrics((list) =>
                        e.currentTarget.checked
                          ? model.metrics.filter((x) => x === m || list.includes(x))
                          : list.filter((x) => x !== m),
                      )
                    }
                  />
                  {m}
                </label>
              ))}
            </fieldset>
          </details>
          {model.metrics.includes(CRISIS_METRIC) && (
            <p class="crisis-note">Shaded on the time axis: crisis months (metric {CRISIS_METRIC}).</p>
          )}
          <Charts
            key={`${sc.model}/${chartsKey(metrics, timeLabel, chartRuns)}`}
            metrics={metrics}
            descriptions={descriptions}
            timeLabel={timeLabel}
            runs={chartRuns}
            onCharts={(c) => {
              charts.current = c;
            }}
          />
          <WorkplacesRow runs={runs} />
          <fieldset class="exports">
            <legend class="visually-hidden">Export</legend>
            {runs.map((r) => (
              <button key={r.label} type="button" onClick={() => exportCsv(r)}>
                Download series {r.label} (CSV)
              </button>
            ))}
            <button type="button" onClick={exportPng}>
              Download charts (PNG)
            </button>
            <button
              type="button"
              onClick={() => navigator.clipboard?.writeText(location.href)}
              title="Copy a link that opens this scenario"
            >
              Copy link
            </button>
          </fieldset>
          <About modelName={model.name} description={model.description} strategyRegime={strategyRegime} />
        </main>
      </div>
    </>
  );
}
