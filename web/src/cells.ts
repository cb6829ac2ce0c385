/**
 * The workplaces of a simulation, for the lab's view: one entry per firm (or firm slot). A model
 * offers them through an optional `cells()` method on its `Simulation` (proposed for
 * src/engine/model.ts); the lab shows the view only when the method exists. The arrays may be
 * reused by the simulation between calls: the lab copies them.
 */
export interface WorkplaceCells {
  /** Workforce of each firm, persons (0 for an empty slot, which is not drawn). */
  size: Float64Array;
  /** Organised share of each firm's workforce, in [0, 1]: the cell's colour. */
  shade: Float64Array;
  /** 1 where the firm is on strike: the cell is outlined. */
  outline: Uint8Array;
}

/** A simulation that may offer its workplaces. */
export interface WithCells {
  cells?(): WorkplaceCells;
}
