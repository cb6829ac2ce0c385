/**
 * Behavioural and definitional equations of model SIM, one period at a time
 * (Godley & Lavoie 2007, *Monetary Economics*, ch. 3, Table 3.4 equations). Each function is one
 * equation; the simultaneous system is solved in {@link equilibriumOutput}.
 */

/** Eq. 3.11, labour demand: Nd = Y / W (one unit of labour produces W units of output at price 1). */
export function labourDemand(Y: number, W: number): number {
  return Y / W;
}

/** Eq. 3.6, taxes: Td = theta · W · Ns (a flat tax on wage income). */
export function taxes(theta: number, W: number, Ns: number): number {
  return theta * W * Ns;
}

/** Eq. 3.5, disposable income: YD = W · Ns − Ts. */
export function disposableIncome(W: number, Ns: number, Ts: number): number {
  return W * Ns - Ts;
}

/** Eq. 3.7, consumption: Cd = alpha1 · YD + alpha2 · Hh(−1). */
export function consumption(alpha1: number, alpha2: number, YD: number, HhPrev: number): number {
  return alpha1 * YD + alpha2 * HhPrev;
}
