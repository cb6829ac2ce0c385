import { NONE, type RefusalState, STRIKE } from "./state.ts";

/**
 * Workforce lists and the unemployed pool. Each firm keeps its workers in a doubly-linked list,
 * oldest hire at the head, so that a hire, a quit and a "last in, first out" dismissal are O(1);
 * the unemployed sit in a dense pool with each one's position, so that a random draw and a removal
 * are O(1). The labour reserve (households outside the labour force) fills the same array from the
 * back. No allocation.
 */

/** Put worker i (unemployed) into the pool. */
export function poolAdd(s: RefusalState, i: number): void {
  s.poolPos[i] = s.poolSize;
  s.pool[s.poolSize++] = i;
}

/** Take worker i out of the pool (swap-remove). */
export function poolRemove(s: RefusalState, i: number): void {
  const at = s.poolPos[i];
  const last = s.pool[--s.poolSize];
  s.pool[at] = last;
  s.poolPos[last] = at;
  s.poolPos[i] = NONE;
}

/** Put household i (not employed, not in the pool) into the labour reserve, at the back of `pool`. */
export function reserveAdd(s: RefusalState, i: number): void {
  const at = s.n - 1 - s.reserveSize++;
  s.pool[at] = i;
  s.poolPos[i] = at;
}

/** Take household i out of the reserve (swap-remove within the reserve's end of `pool`). */
export function reserveRemove(s: RefusalState, i: number): void {
  const at = s.poolPos[i];
  const lastAt = s.n - s.reserveSize--;
  const last = s.pool[lastAt];
  s.pool[at] = last;
  s.poolPos[last] = at;
  s.poolPos[i] = NONE;
}

/** Is household i in the labour reserve? */
export function inReserve(s: RefusalState, i: number): boolean {
  const at = s.poolPos[i];
  return at !== NONE && at >= s.n - s.reserveSize;
}

/** Hire unemployed worker i at firm j, at the firm's posted wage; appended at the tail. */
export function hire(s: RefusalState, i: number, j: number): void {
  poolRemove(s, i);
  s.employer[i] = j;
  s.wage[i] = s.postedWage[j];
  s.spell[i] = 0;
  s.striking[i] = 0;
  const t = s.tail[j];
  s.prev[i] = t;
  s.next[i] = NONE;
  if (t === NONE) s.head[j] = i;
  else s.next[t] = i;
  s.tail[j] = i;
  s.workforce[j]++;
  if (s.organised[i]) s.organisedCount[j]++;
}

/** Worker i leaves its firm (quit, dismissal or bankruptcy) and joins the unemployed pool. */
export function separate(s: RefusalState, i: number): void {
  const j = s.employer[i];
  if (j === NONE) return;
  const a = s.prev[i];
  const b = s.next[i];
  if (a === NONE) s.head[j] = b;
  else s.next[a] = b;
  if (b === NONE) s.tail[j] = a;
  else s.prev[b] = a;
  s.prev[i] = NONE;
  s.next[i] = NONE;
  s.employer[i] = NONE;
  s.workforce[j]--;
  if (s.organised[i]) s.organisedCount[j]--;
  if (s.striking[i]) {
    s.striking[i] = 0;
    s.strikers[j]--;
  }
  s.spell[i] = 0;
  poolAdd(s, i);
}

/** End the strike at firm j (or clear a failed call): its strikers go back to work. */
export function endStrike(s: RefusalState, j: number): void {
  if (s.strikeKind[j] !== STRIKE.none || s.strikers[j] > 0)
    for (let i = s.head[j]; i !== NONE; i = s.next[i]) s.striking[i] = 0;
  s.strikers[j] = 0;
  s.strikeKind[j] = STRIKE.none;
  s.strikeAge[j] = 0;
}
