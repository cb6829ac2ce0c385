import { useControllers } from "../hooks.ts";
import type { RunController } from "../run-controller.ts";
import { SPEEDS, speedLabel } from "../speed.ts";
import { NumberField } from "./NumberField.tsx";

interface Props {
  runs: { label: string; ctrl: RunController }[];
  timeUnit: string;
  stepsPerUnit: number;
  speed: number;
  onSpeed: (s: number) => void;
  seed: number;
  onSeed: (s: number) => void;
  horizon: number;
  onHorizon: (h: number) => void;
}

/** Run / Pause / Step / Reset for every run at once, with speed, seed and horizon. */
export function RunBar(p: Props) {
  const ctrls = p.runs.map((r) => r.ctrl);
  useControllers(ctrls);
  const any = (f: (c: RunController) => boolean) => ctrls.some(f);
  const canRun = any((c) => c.phase === "ready" || c.phase === "paused");
  const running = any((c) => c.phase === "running");
  const canStep = any((c) => c.phase === "ready" || c.phase === "paused" || c.phase === "running");
  const stepLabel = p.stepsPerUnit === 12 && p.timeUnit === "year" ? "month" : "step";
  return (
    <fieldset class="runbar">
      <legend class="visually-hidden">Run controls</legend>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          disabled={!canRun}
          onClick={() => {
            for (const c of ctrls) c.run();
          }}
        >
          Run
        </button>
        <button
          type="button"
          disabled={!running}
          onClick={() => {
            for (const c of ctrls) c.pause();
          }}
        >
          Pause
        </button>
        <button
          type="button"
          disabled={!canStep}
          onClick={() => {
            for (const c of ctrls) c.stepOnce(1);
          }}
          aria-label={`Step one ${stepLabel}`}
        >
          Step
        </button>
        <button
          type="button"
          onClick={() => {
            for (const c of ctrls) c.reset();
          }}
        >
          Reset
        </button>
      </div>
      <div class="field">
        <label for="speed-select">Speed</label>
        <select
          id="speed-select"
          value={String(p.speed)}
          onChange={(e) => p.onSpeed(Number(e.currentTarget.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {speedLabel(s, p.timeUnit, p.stepsPerUnit)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="seed-input">Seed</label>
        <NumberField
          id="seed-input"
          min={0}
          step={1}
          value={p.seed}
          commit={(v) => {
            if (!(Number.isSafeInteger(v) && v >= 0)) return false;
            p.onSeed(v);
            return true;
          }}
        />
      </div>
      <div class="field">
        <label for="horizon-input">Horizon ({p.timeUnit}s)</label>
        <NumberField
          id="horizon-input"
          min={0}
          step="any"
          value={p.horizon}
          commit={(v) => {
            if (!(Number.isFinite(v) && v > 0 && v <= 1e7)) return false;
            p.onHorizon(v);
            return true;
          }}
        />
      </div>
    </fieldset>
  );
}

/** Math functions this browser computes differently from the Node that built the lab. */

function phaseText(c: RunController): string {
  switch (c.phase) {
    case "loading":
      return "setting up";
    case "ready":
      return "ready";
    case "running":
      return "running";
    case "paused":
      return "paused";
    case "done":
      return c.status === "ok" ? "finished" : `stopped: ${c.status}`;
    case "error":
      return "error";
  }
}

/** Where a run is: phase, progress and time, the failure if any, and its series hash at the end. */
export function RunStatus({
  label,
  ctrl,
  timeUnit,
}: {
  label: string;
  ctrl: RunController;
  timeUnit: string;
}) {
  useControllers([ctrl]);
  const t = ctrl.step / ctrl.stepsPerUnit;
  const pct = ctrl.totalSteps > 0 ? Math.round((100 * ctrl.step) / ctrl.totalSteps) : 0;
  const id = label.toLowerCase();
  return (
    <div
      class="status"
      data-testid={`status-${id}`}
      data-phase={ctrl.phase}
      data-step={ctrl.step}
      data-gen={ctrl.generation}
    >
      <span class="run-label">{label}</span>
      <span role="status" class="phase">
        {phaseText(ctrl)}
      </span>
      <progress
        max={Math.max(1, ctrl.totalSteps)}
        value={ctrl.step}
        aria-label={`Progress of scenario ${label}`}
      />
      <span class="clock">
        {timeUnit} {t.toFixed(ctrl.stepsPerUnit > 1 ? 2 : 0)} · step {ctrl.step} of {ctrl.totalSteps} ({pct}%)
      </span>
      {ctrl.failure && <span class="failure">{ctrl.failure.message}</span>}
      {ctrl.error && <span class="failure">{ctrl.error}</span>}
      <span class="hash">
        series hash:{" "}
        <output data-testid={`hash-${id}`} aria-label={`Series hash of scenario ${label}`}>
          {ctrl.hash ?? "(at the end of the run)"}
        </output>
      </span>
    </div>
  );
}
