import type { DesignPoint } from "../designs/types.ts";

/**
 * The output of `point`: `outputs[point.index]` (outputs are indexed by design point index, so a
 * subset or reordering of the points still finds its values). Throws when the array is too short.
 */
export function outputOf(point: DesignPoint, outputs: ArrayLike<number>, who: string): number {
  if (!(point.index >= 0 && point.index < outputs.length)) {
    throw new Error(`${who}: no output for point ${point.index} (outputs has ${outputs.length} values)`);
  }
  return outputs[point.index];
}
