import type { Ctx } from "../context.ts";
import { dismissals, hires, matches } from "../mechanisms/labourMarket.ts";
import { NONE, type RefusalState } from "../state.ts";
import { hire, separate } from "../workforce.ts";

/** Dismiss `k` workers of firm j: organised first (walking from the newest) when `organisedFirst`, then LIFO. */
export function dismiss(s: RefusalState, j: number, k: number, organisedFirst: boolean): number {
  let done = 0;
  if (organisedFirst) {
    let i = s.tail[j];
    while (i !== NONE && done < k) {
      const before = s.prev[i];
      if (s.organised[i]) {
        separate(s, i);
        done++;
      }
      i = before;
    }
  }
  while (done < k && s.tail[j] !== NONE) {
    separate(s, s.tail[j]);
    done++;
  }
  return done;
}

/** Phase "labour market": dismissals, then hiring in a random order of firms. */
export function labourMarket(ctx: Ctx): void {
  const { s, p, rng, regime } = ctx;
  const repressing = regime.passesOverOrganised(s.repression);
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    const k = dismissals(s.workforce[j], s.desiredWorkforce[j], p.firingLimit);
    if (k > 0) dismiss(s, j, k, repressing || s.hireAround[j] > 0);
  }
  let m = 0;
  let V = 0;
  for (let j = 0; j < s.nf; j++)
    if (s.active[j]) {
      s.order[m++] = j;
      V += Math.max(0, s.desiredWorkforce[j] - s.workforce[j]);
    }
  const rate = V > 0 ? matches(s.poolSize, V, p.matchingRate) / V : 0;
  rng.labour.shuffle(s.order, m);
  for (let q = 0; q < m; q++) {
    const j = s.order[q];
    const v = s.desiredWorkforce[j] - s.workforce[j];
    const h = hires(v, rate, rng.labour.float32(), s.poolSize);
    const choosy = repressing || s.hireAround[j] > 0;
    for (let c = 0; c < h; c++) {
      let i = s.pool[rng.labour.int(s.poolSize)];
      if (choosy) for (let t = 0; t < 3 && s.organised[i]; t++) i = s.pool[rng.labour.int(s.poolSize)];
      hire(s, i, j);
    }
    s.vacancyRate[j] = v > 0 ? (v - h) / Math.max(1, s.workforce[j]) : 0;
    if (v > h) s.flows.vacancies += v - h;
    if (s.hireAround[j] > 0) s.hireAround[j]--;
  }
}
