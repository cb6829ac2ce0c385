/**
 * The two budget constraints of model SIM (Godley & Lavoie 2007, ch. 3). They are computed
 * separately, each from its own sector's flows, so that the redundant ("hidden") equation
 * Hh = Hs, which the book leaves out of the model, can be checked and is never imposed.
 */

/** Eq. 3.8, government budget: Hs = Hs(−1) + Gd − Td (the deficit is financed by issuing money). */
export function moneySupply(HsPrev: number, Gd: number, Td: number): number {
  return HsPrev + Gd - Td;
}

/** Eq. 3.9, household budget: Hh = Hh(−1) + YD − Cd (saving is held as money). */
export function householdMoney(HhPrev: number, YD: number, Cd: number): number {
  return HhPrev + YD - Cd;
}
