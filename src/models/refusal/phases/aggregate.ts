import { log } from "../../../engine/math.ts";
import { lostShare, quarterMean, wageShareOf } from "../mechanisms/aggregates.ts";
import { ewma } from "../mechanisms/finance.ts";
import type { RefusalState } from "../state.ts";

/**
 * Phase "aggregate", the month's last: the economy-wide aggregates next month's decisions read
 * (unemployment, the mean wage, inflation and productivity growth over 12 months, the smoothed
 * wage share and strike losses, output growth over 12 months) and the rings of recent months they
 * and the metrics come from (productivity, prices, output, the bargaining log, the capital stock).
 * `initialise()` runs it once for month 0, where the rates of change are 0. The recorder only
 * reads what it leaves.
 */
export function aggregate(s: RefusalState): void {
  const n = s.n;
  const f = s.flows;
  const employed = n - s.poolSize - s.reserveSize;
  const labourForce = n - s.reserveSize;
  s.unemployment = labourForce > 0 ? s.poolSize / labourForce : 0;
  let wageSum = 0;
  let cap = 0;
  let lab = 0;
  let K = 0;
  for (let j = 0; j < s.nf; j++) {
    if (!s.active[j]) continue;
    wageSum += s.wageSum[j];
    cap += s.capacity[j];
    lab += s.labourReq[j];
    K += s.capital[j];
  }
  if (employed > 0 && wageSum > 0) s.meanWage = wageSum / employed;
  const a = lab > 0 ? cap / lab : s.frontierA;
  s.productivity = a;
  const slot = s.month % 13;
  const back = (s.month + 1) % 13; // 12 months ago
  s.prodRing[slot] = a;
  s.priceRing[slot] = s.avgPrice;
  s.outputRing[s.month % 15] = f.output;
  const qNow = quarterMean(s.outputRing, s.month);
  const qBefore = quarterMean(s.outputRing, s.month - 12);
  s.outputGrowth = s.month > 0 && qNow > 0 && qBefore > 0 ? log(qNow / qBefore) : 0;
  s.inflation = s.month >= 1 ? log(s.avgPrice / s.priceRing[back]) : 0;
  s.productivityGrowth = s.month >= 1 ? log(a / s.prodRing[back]) : 0;
  if (s.month > 0) {
    s.wageShare = ewma(s.wageShare, wageShareOf(f.wages, s.avgPrice, f.output), 1 / 12);
    s.strikeLoss12 = ewma(s.strikeLoss12, lostShare(f.potentialOutput, f.output), 1 / 12);
  }
  s.lastCapital = s.capitalStock;
  s.capitalStock = K;
  // M12: the month's bargaining log, in a 12-month ring.
  const eslot = (s.month % 12) * 4;
  for (let k = 0; k < 4; k++) s.eventRing[eslot + k] = s.events[k];
}
