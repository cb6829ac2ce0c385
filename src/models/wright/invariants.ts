import { InvariantError } from "../../engine/model.ts";
import { BLOCK_SHIFT } from "./hiringPool.ts";
import { NONE, OWNER, type WrightState } from "./state.ts";

/**
 * Every invariant of the state, in O(N); throws InvariantError on the first broken one:
 * - money conservation: sum of actors' coins + market value V = M exactly (integers, below 2^53);
 * - no negative holdings, integer coins;
 * - the hiring pool's block sums equal the money of the non-workers (the set H) in each block;
 * - `employer` is OWNER exactly for actors with employees;
 * - every employee list has the length recorded as the firm size and only members employed there;
 * - class counts (workers, firms) agree with the columns.
 */
export function checkInvariants(s: WrightState, step: number): void {
  const { money, employer, employees, firstEmployee, nextEmployee } = s;
  let total = s.pool;
  let nonWorkerMoney = 0;
  const blockSums = new Float64Array(s.hiring.blocks.n);
  let workers = 0;
  let firms = 0;
  for (let i = 0; i < s.n; i++) {
    const m = money[i];
    if (!(m >= 0) || m !== Math.floor(m))
      throw new InvariantError(
        step,
        "money",
        { actor: i, money: m },
        "holdings must be non-negative integers",
      );
    total += m;
    if (employer[i] < 0) {
      nonWorkerMoney += m;
      blockSums[i >> BLOCK_SHIFT] += m;
    } else workers++;
    if (employees[i] > 0 !== (employer[i] === OWNER))
      throw new InvariantError(step, "class", { actor: i, employer: employer[i], employees: employees[i] });
    if (employees[i] > 0) firms++;
  }
  if (total !== s.totalMoney)
    throw new InvariantError(
      step,
      "money",
      { total, expected: s.totalMoney, pool: s.pool },
      "actors + market != M",
    );
  if (s.hiring.total() !== nonWorkerMoney)
    throw new InvariantError(step, "hiringWeights", { pool: s.hiring.total(), nonWorkerMoney });
  for (let b = 0; b < blockSums.length; b++)
    if (s.hiring.blocks.get(b) !== blockSums[b])
      throw new InvariantError(step, "hiringWeights", {
        block: b,
        pool: s.hiring.blocks.get(b),
        money: blockSums[b],
      });
  if (workers !== s.workerCount)
    throw new InvariantError(step, "workerCount", { counted: workers, recorded: s.workerCount });
  if (firms !== s.firmCount)
    throw new InvariantError(step, "firmCount", { counted: firms, recorded: s.firmCount });
  let listed = 0;
  for (let f = 0; f < s.firmCount; f++) {
    const owner = s.firms[f];
    let len = 0;
    for (let e = firstEmployee[owner]; e !== NONE; e = nextEmployee[e]) {
      if (employer[e] !== owner)
        throw new InvariantError(step, "employeeList", { owner, employee: e, employer: employer[e] });
      if (++len > s.n)
        throw new InvariantError(step, "employeeList", { owner }, "cycle in the employee list");
    }
    if (len !== employees[owner])
      throw new InvariantError(step, "firmSize", { owner, listed: len, recorded: employees[owner] });
    listed += len;
  }
  if (listed !== workers) throw new InvariantError(step, "employeeLists", { listed, workers });
}
