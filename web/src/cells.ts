/**
 * The workplaces of a simulation, for the lab's view: one entry per firm (or firm slot), offered
 * by models through the optional `Simulation.cells()` (src/engine/model.ts); the lab shows the view
 * only when the method exists. The arrays may be reused by the simulation: the lab copies them.
 */
export type { WorkplaceCells } from "./engine.ts";

import type { WorkplaceCells } from "./engine.ts";

/** A simulation that may offer its workplaces. */
export interface WithCells {
  cells?(): WorkplaceCells;
}
