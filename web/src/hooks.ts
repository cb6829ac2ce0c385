import { useEffect, useState } from "preact/hooks";
import type { RunController } from "./run-controller.ts";

/** Least time between two re-renders caused by a running simulation, ms (about 15 a second). */
const RENDER_EVERY_MS = 66;

/**
 * Re-render whenever one of the controllers reports a change: at most every RENDER_EVERY_MS while
 * rows stream in, and once more after the last change (so the final state is always shown).
 */
export function useControllers(list: readonly (RunController | null | undefined)[]): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const render = () => {
      timer = undefined;
      last = performance.now();
      setTick((n) => n + 1);
    };
    const changed = () => {
      if (timer !== undefined) return;
      const wait = last + RENDER_EVERY_MS - performance.now();
      if (wait <= 0) render();
      else timer = setTimeout(render, wait);
    };
    const offs = list.filter((c): c is RunController => !!c).map((c) => c.subscribe(changed));
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const off of offs) off();
    };
  }, list);
}
