import type { Ctx } from "../context.ts";

/**
 * A workers' strategy (DESIGN.md, "The models"): a behavioural rule, never an outcome. One value per
 * file in this folder, listed once in `index.ts`, chosen once in `create()` from the `strategy`
 * parameter (`rulesFor()` in rules.ts). Its traits say which mechanisms the strategy brings into
 * play; its actions are what it does when a phase asks it. A mechanism switch (README §3.14) is a
 * parameter its mechanism reads, never a strategy: a trait says the strategy would act, the switch
 * says whether the mechanism runs.
 */
export interface Strategy<N extends string = string> {
  /** The `strategy` parameter's value that selects it (`strategy: refusal` in a scenario file). */
  readonly name: N;
  /**
   * Builds an organisation (M11, ¶32 ¶33): the lowest-threshold workers start organised, membership
   * spreads by contagion, members pay dues into a fund that starts with a year of them; recognised
   * workplaces adopt new techniques through productivity deals (M12).
   */
  readonly organises: boolean;
  /** A recognised union sets its firm's wages by yearly contracts (M5, ¶33 ¶34), where `unionBargaining` is on. */
  readonly unionSetsWages: boolean;
  /** Workers paid below their fairness reference withdraw effort (M8, ¶11 ¶37), where `effortWithdrawal` is on. */
  readonly passive: boolean;
  /**
   * Workplaces organised beyond `blockShare` refuse new techniques and automation drives (M9, ¶37
   * ¶38), where `adoptionVeto` is on.
   */
  readonly blocksAdoption: boolean;
  /** Unemployed members get mutual aid from the fund (M9, ¶37). */
  readonly paysMutualAid: boolean;
  /**
   * Its struggle, in the phase "bargain and struggle" after the labour-market wages and before the
   * month's strikes are counted: the confrontations it opens and capital's answers to them (M2,
   * M4–M10, M12). Also sets the month's supervision (M8: firms supervise only passive workers).
   */
  struggle(ctx: Ctx): void;
  /**
   * Its answer at firm j to a viable new technique on offer (phase "plan and invest"; `newOffer` when
   * the frontier has moved since capital's last offer there): an `ADOPT` code. Logs capital's offers
   * and the refusals (M12) and counts blocked adoptions (M9).
   */
  adoption(ctx: Ctx, j: number, newOffer: boolean): number;
}
