import type { Ctx } from "../../context.ts";
import { compressedMarkup } from "../../mechanisms/bargaining.ts";
import { automationCost, hireAroundCost, type ResponseCosts } from "../../mechanisms/responses.ts";
import { NONE, RESPONSE, type RefusalState } from "../../state.ts";
import { separate } from "../../workforce.ts";
import { vetoes } from "../adoption.ts";

/** Mean wage at firm j (last workplace pass), or its posted wage. */
function meanWageOf(s: RefusalState, j: number): number {
  const n = s.workforce[j];
  return n > 0 ? s.wageSum[j] / n : s.postedWage[j];
}

/**
 * Expected costs of each response (M4, ¶17) for firm j facing a strike that costs `loss` a month
 * and is expected to last `months`, against conceding a raise `concedeRaise`. An option the firm
 * does not have costs Infinity: automation where it is switched off, vetoed by organised refusal
 * (M9) or already under way; hiring around where switched off or under way; repression unless the
 * regime represses and its intensity has faded below one half.
 */
export function responseCosts(
  ctx: Ctx,
  j: number,
  loss: number,
  months: number,
  concedeRaise: number,
): ResponseCosts {
  const { s, p, regime } = ctx;
  return {
    wait: loss * months,
    // the firm expects to pass a share of any raise on in prices (Kalecki 1971): it counts the rest
    concede: (1 - p.passThrough) * concedeRaise * s.wageSum[j] * p.responseHorizon,
    automate:
      !p.automationResponse || vetoes(ctx, j) || s.automate[j] > 0 || s.month - s.lastAutomation[j] < 24
        ? Number.POSITIVE_INFINITY
        : automationCost(s.avgPrice * s.capital[j], p.automationShare, p.scrapLoss),
    hireAround:
      !p.hireAroundResponse || s.hireAround[j] > 0
        ? Number.POSITIVE_INFINITY
        : hireAroundCost(s.organisedCount[j], meanWageOf(s, j), p.hiringCost, s.poolSize),
    repression:
      p.repressionResponse && regime.represses && s.repression < 0.5
        ? p.repressionCost * s.wageSum[j]
        : Number.POSITIVE_INFINITY,
  };
}

/**
 * Apply a firm's response (M4): `concede` is handled by the caller (it depends on the strike);
 * automation orders a drive for the next investment; hiring around dismisses organised workers
 * (strikers first) and passes over organised applicants for a year; repression is a call on the
 * State, answered in the phase "State policy".
 */
export function applyResponse(ctx: Ctx, j: number, r: number): void {
  const { s, p } = ctx;
  s.responses[r]++;
  if (r === RESPONSE.automate) {
    s.automate[j] = 12;
    s.lastAutomation[j] = s.month;
  } else if (r === RESPONSE.hireAround) {
    s.hireAround[j] = 12;
    let k = Math.ceil(p.firingLimit * s.workforce[j]);
    for (let i = s.tail[j]; i !== NONE && k > 0; ) {
      const before = s.prev[i];
      if (s.organised[i]) {
        separate(s, i);
        k--;
      }
      i = before;
    }
  } else if (r === RESPONSE.repression) {
    s.repressionCalls++;
  }
}

/** A concession of raise `x` of which `extra` exceeds inflation and productivity (M6: markup compressed). */
export function concede(ctx: Ctx, j: number, x: number, extra: number): void {
  const { s, p } = ctx;
  s.raise[j] += x;
  if (p.markupCompression) s.markup[j] = compressedMarkup(s.markup[j], extra, p.passThrough);
  s.wins[j] += 1;
}
