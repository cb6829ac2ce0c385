import type { RefusalState } from "../state.ts";

/**
 * Techniques embodied in capital, ¶12: "the development of the relationship between living labour
 * and the constant part of capital is not a neutral process". A firm's capital is a set of
 * vintages, each with its own productivity a_v and capital-output ratio nu_v (years). Depreciation
 * is proportional across vintages, so the firm needs only two sums (an exact aggregation):
 *
 *   capacity  Ycap = sum_v K_v / (12 nu_v)      (output a month at full capacity)
 *   labour    Lreq = sum_v K_v / (12 nu_v a_v)  (effort-weighted worker-months at full capacity)
 *
 * from which a = Ycap / Lreq (the capacity-weighted harmonic mean of vintage productivities) and
 * nu = K / (12 Ycap).
 */

/** Capacity and labour requirement added by q units of capital of technique (a, nu). */
export function vintage(q: number, a: number, nu: number): [capacity: number, labour: number] {
  const cap = q / (12 * nu);
  return [cap, cap / a];
}

/**
 * Install q units of new capital at firm j: of the frontier technique when `adopt`, otherwise of
 * the firm's own current technique (replacement in kind).
 */
export function install(s: RefusalState, j: number, q: number, adopt: boolean): void {
  let a: number;
  let nu: number;
  if (adopt || s.capacity[j] <= 0) {
    a = s.frontierA;
    nu = s.frontierNu;
  } else {
    a = s.capacity[j] / s.labourReq[j];
    nu = s.capital[j] / (12 * s.capacity[j]);
  }
  const [cap, lab] = vintage(q, a, nu);
  s.capital[j] += q;
  s.capacity[j] += cap;
  s.labourReq[j] += lab;
}

/** Depreciate firm j's capital by the share delta, every vintage alike. */
export function depreciate(s: RefusalState, j: number, delta: number): void {
  const k = 1 - delta;
  s.capital[j] *= k;
  s.capacity[j] *= k;
  s.labourReq[j] *= k;
}
