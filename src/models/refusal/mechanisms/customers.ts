/**
 * The customer market, ¶9 (the phase is `phases/customers.ts`): each household buys from one
 * consumption-good firm, its shop, and changes it by search, after Lengnick (2013, "Agent-based
 * macroeconomics: a baseline model", JEBO 86), Table 1: a price search with probability
 * psi_price = 0.25 a month, accepted when the other firm is cheaper by more than xi = 1%, and a
 * search after a stock-out with probability psi_quant = 0.25. The firm a searching household
 * looks at is the shop of another household drawn at random: it hears of firms by word of mouth,
 * so a firm is found in proportion to its customers (Simon 1955, "On a class of skew distribution
 * functions", Biometrika 42: growth in proportion to size, with entry, gives the skew size
 * distribution). A firm's demand is its share of the customers; prices select among firms
 * through the households that leave the dearer ones.
 */

/**
 * Lengnick's price rule: a household leaves its shop for the one it has found when that one is
 * cheaper by more than the share xi, p_new < (1 − xi) p_old.
 */
export function cheaperShop(pOld: number, pNew: number, xi: number): boolean {
  return pNew < (1 - xi) * pOld;
}

/**
 * The customers an entrant opens with: a share e (the entry capital's share of the mean firm,
 * `entryCapital`) of the mean consumption-good firm's, round(e H / F), H the households and F the
 * active consumption-good firms counting the entrant; at least one, at most H.
 */
export function launchCustomers(households: number, firms: number, e: number): number {
  if (!(households > 0) || !(firms > 0)) return 0;
  return Math.min(households, Math.max(1, Math.round((e * households) / firms)));
}
