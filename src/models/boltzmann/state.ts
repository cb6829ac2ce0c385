import { AgentTable } from "../../engine/agents.ts";

/** Column layout of the agent table: one 32-bit integer of wealth per agent. */
export const BOLTZMANN_COLUMNS = { wealth: "i32" } as const;

/** State of a `boltzmann` run: the agent table plus the activation-order scratch array. */
export interface BoltzmannState {
  /** N live rows, ids 0..N-1; `cols.wealth` is the only column. */
  readonly agents: AgentTable<typeof BOLTZMANN_COLUMNS>;
  /** A permutation of 0..N-1, reshuffled at the start of every step (Mesa's `shuffle_do`). */
  readonly order: Int32Array;
}

/** N agents with wealth 1 each and the identity order (Mesa tutorial, `MoneyAgent.__init__`). */
export function initialState(n: number): BoltzmannState {
  const agents = AgentTable.withRows(BOLTZMANN_COLUMNS, n);
  agents.cols.wealth.fill(1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return { agents, order };
}

/**
 * Bytes of memory per agent: the table's row (wealth + liveness byte) plus the order array's
 * 4 bytes.
 */
export function bytesPerAgent(state: BoltzmannState): number {
  return state.agents.bytesPerRow() + Int32Array.BYTES_PER_ELEMENT;
}
