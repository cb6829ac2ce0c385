import type { FiscalInputs } from "../mechanisms/policy.ts";
import type { RefusalParams } from "../params.ts";

/**
 * A capital/State regime (DESIGN.md, "The models"): a behavioural rule of the State and of the
 * employers it backs. One value per file in this folder, listed once in `index.ts`, chosen once in
 * `create()` from the `regime` parameter (`rulesFor()` in rules.ts). As with strategies, a
 * mechanism switch (README §3.14) is a parameter its mechanism reads: the regime says what the
 * State would do, the switch whether the mechanism runs.
 */
export interface Regime<N extends string = string> {
  /** The `regime` parameter's value that selects it (`regime: planning` in a scenario file). */
  readonly name: N;
  /** Unemployment benefit as a share of the mean wage (M7, ¶19). */
  benefitRate(p: RefusalParams): number;
  /** Organised share of a workforce at which a firm recognises the union (M7, ¶36). */
  recognitionThreshold(p: RefusalParams): number;
  /**
   * State spending on goods for next month, integer money (M7, ¶18 ¶19), from the State's
   * revenue, outlays, the value of output and unemployment (`fiscalRule()`, mechanisms/policy.ts).
   */
  spending(p: RefusalParams, f: FiscalInputs): number;
  /**
   * An incomes policy (M7, ¶18 ¶36): the wage norm pulls labour-market wages and caps settlements,
   * where `incomesPolicyRule` is on.
   */
  readonly incomesPolicy: boolean;
  /**
   * The repressive State (M13, ¶20): it represses on firms' calls or dense organisation (where
   * `stateRepression` is on), and firms may call on it in a confrontation (M4, ¶17).
   */
  readonly represses: boolean;
  /**
   * Whether employers pass over organised workers this month, in dismissals and in hiring (M4,
   * ¶17), at repression intensity R.
   */
  passesOverOrganised(repression: number): boolean;
}
