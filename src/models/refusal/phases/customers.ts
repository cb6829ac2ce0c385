import type { Rng } from "../../../engine/rng.ts";
import type { Ctx } from "../context.ts";
import { cheaperShop, launchCustomers } from "../mechanisms/customers.ts";
import { type RefusalState, SECTOR } from "../state.ts";

/** Draws of another household's shop before a household whose shop closed takes the first active consumption-good firm. */
const REHOME_TRIES = 16;

/**
 * Phase "customers", ¶9: households keep or change their shop (`mechanisms/customers.ts`). A
 * household whose shop has closed moves to the shop of another household at once. Otherwise,
 * after a stock-out at its shop it searches with probability `shopStockout` and moves to a firm
 * that did not run out; else it searches on price with probability `shopSearch` and moves when the
 * firm found is cheaper by more than `shopThreshold`. Then each firm's customers are counted: the
 * goods market splits demand in proportion to them.
 */
export function customers(ctx: Ctx): void {
  const { s, p, rng } = ctx;
  const r = rng.shops;
  const { shop, active, price, soldOut } = s;
  const n = s.n;
  for (let i = 0; i < n; i++) {
    const own = shop[i];
    if (!active[own]) {
      shop[i] = rehome(s, r);
      continue;
    }
    const u = r.float();
    if (soldOut[own]) {
      if (u < p.shopStockout) {
        const k = shop[r.int(n)];
        if (active[k] && !soldOut[k]) shop[i] = k;
      }
      continue;
    }
    if (u < p.shopSearch) {
      const k = shop[r.int(n)];
      if (k !== own && active[k] && cheaperShop(price[own], price[k], p.shopThreshold)) shop[i] = k;
    }
  }
  countCustomers(s);
}

/** The shop of a household whose shop closed: another household's active shop, else the first active consumption-good firm. */
function rehome(s: RefusalState, r: Rng): number {
  for (let t = 0; t < REHOME_TRIES; t++) {
    const k = s.shop[r.int(s.n)];
    if (s.active[k]) return k;
  }
  for (let j = s.makers; j < s.nf; j++) if (s.active[j]) return j;
  return s.makers;
}

/** Each consumption-good firm's customers, counted from the households' shops. */
export function countCustomers(s: RefusalState): void {
  const c = s.customers;
  c.fill(0);
  for (let i = 0; i < s.n; i++) c[s.shop[i]]++;
}

/**
 * The households at the start: shops handed out in proportion to the firms' starting sales shares
 * (households in order, each firm taking the next round(share N)), then counted.
 */
export function initialShops(s: RefusalState): void {
  let last = s.makers;
  for (let j = s.makers; j < s.nf; j++) if (s.active[j] && s.sector[j] === SECTOR.consumption) last = j;
  let i = 0;
  let cum = 0;
  for (let j = s.makers; j <= last; j++) {
    if (!s.active[j] || s.sector[j] !== SECTOR.consumption) continue;
    cum += s.share12[j];
    const end = j === last ? s.n : Math.min(s.n, Math.round(cum * s.n));
    for (; i < end; i++) s.shop[i] = j;
  }
  countCustomers(s);
}

/**
 * A consumption-good entrant in slot k opens with `launchCustomers()` households drawn at random
 * (so taken from the incumbents in proportion to their customers). Households still listed at the
 * slot's previous firm, closed this month, move first: the entrant inherits no customers.
 */
export function openShop(ctx: Ctx, k: number): void {
  const { s, p, rng } = ctx;
  const r = rng.shops;
  s.active[k] = 0;
  for (let i = 0; i < s.n; i++) if (s.shop[i] === k) s.shop[i] = rehome(s, r);
  s.active[k] = 1;
  let firms = 0;
  for (let j = s.makers; j < s.nf; j++) firms += s.active[j];
  const m = launchCustomers(s.n, firms, p.entryCapital);
  for (let t = 0; t < m; t++) s.shop[r.int(s.n)] = k;
  countCustomers(s);
}
