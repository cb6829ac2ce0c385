import { joinFirm } from "./mechanisms/hiring.ts";
import { type WrightParams, wrightParams } from "./params.ts";
import { initialState, type WrightState } from "./state.ts";

/**
 * A state with given holdings and employment relations, for tests and worked examples:
 * `money[i]` coins for actor i (the total becomes M) and `employers` as [employee, employer]
 * pairs, applied in order through the hiring mechanism so that every structure (employee lists,
 * firm list, hiring pool) is consistent.
 */
export function stateWith(
  money: number[],
  employers: Array<[number, number]> = [],
  params: Partial<WrightParams> = {},
): WrightState {
  const total = money.reduce((a, b) => a + b, 0);
  const s = initialState(wrightParams.parse({ ...params, N: money.length, M: total }));
  for (let i = 0; i < money.length; i++) {
    s.hiring.add(i, money[i] - s.money[i]);
    s.money[i] = money[i];
  }
  for (const [employee, employer] of employers) joinFirm(s, employee, employer);
  return s;
}
