/**
 * Episodes the theses look at after the fact (measurement only: nothing here feeds back into the
 * model). ¶14: does what a general strike wins stay won? ¶20: does organisation come back after
 * repression?
 */

/** Months over which the wage share is averaged before and just after a general strike. */
export const GS_WINDOW = 12;
/** The "later" window: months 49–60 after the strike ended. */
export const GS_LATER_FROM = 48;
export const GS_LATER_TO = 60;

interface GsEpisode {
  before: number;
  end: number;
  after: number;
  nAfter: number;
  later: number;
  nLater: number;
}

/**
 * ¶14 the general strike for a "fair share": the wage share before (mean of the 12 months before
 * the strike began), just after (months 1–12 after it ended) and later (months 49–60). gain =
 * after − before; retained = (later − before) / gain, for episodes with a positive gain.
 */
export class GeneralStrikeEpisodes {
  private readonly recent: number[] = [];
  private active = false;
  private before = 0;
  private readonly open: GsEpisode[] = [];
  private readonly gains: number[] = [];
  private readonly retained: number[] = [];

  /** Record one month: its wage share and whether a general strike is on. */
  month(month: number, wageShare: number, strikeOn: boolean): void {
    if (strikeOn && !this.active) this.before = mean(this.recent);
    if (!strikeOn && this.active)
      this.open.push({ before: this.before, end: month - 1, after: 0, nAfter: 0, later: 0, nLater: 0 });
    this.active = strikeOn;
    for (let k = this.open.length - 1; k >= 0; k--) {
      const e = this.open[k];
      const since = month - e.end;
      if (since >= 1 && since <= GS_WINDOW) {
        e.after += wageShare;
        if (++e.nAfter === GS_WINDOW) this.gains.push(e.after / GS_WINDOW - e.before);
      }
      if (since > GS_LATER_FROM && since <= GS_LATER_TO) {
        e.later += wageShare;
        if (++e.nLater === GS_LATER_TO - GS_LATER_FROM) {
          const gain = e.after / GS_WINDOW - e.before;
          if (gain > 0) this.retained.push((e.later / e.nLater - e.before) / gain);
          this.open.splice(k, 1);
        }
      }
    }
    this.recent.push(wageShare);
    if (this.recent.length > GS_WINDOW) this.recent.shift();
  }

  /** Mean gain in the wage share, and mean share of it retained after five years (NaN: no episode). */
  summary(): { generalStrikeGain: number; generalStrikeRetained: number; generalStrikeEpisodes: number } {
    return {
      generalStrikeGain: mean(this.gains),
      generalStrikeRetained: mean(this.retained),
      generalStrikeEpisodes: this.gains.length,
    };
  }
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

/**
 * ¶20 the class exists without its institutions: of the repressions that had at least
 * `minMonths` to play out, the share after which organisation density came back to 90% of its
 * level before (NaN when there was none).
 */
export function recoveryShare(recovered: number, pendingAges: readonly number[], minMonths = 60): number {
  const unrecovered = pendingAges.filter((age) => age >= minMonths).length;
  const n = recovered + unrecovered;
  return n > 0 ? recovered / n : Number.NaN;
}
