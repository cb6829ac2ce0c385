import { describe, expect, it } from "vitest";
import { GeneralStrikeEpisodes, recoveryShare } from "./episodes.ts";

describe("episodes (¶14, ¶20)", () => {
  it("GeneralStrikeEpisodes measures the gain just after a strike and the share of it left five years on", () => {
    const g = new GeneralStrikeEpisodes();
    let m = 0;
    for (; m < 24; m++) g.month(m, 0.6, false); // before: 0.6
    for (let k = 0; k < 3; k++, m++) g.month(m, 0.5, true); // the strike
    for (let k = 0; k < 12; k++, m++) g.month(m, 0.7, false); // just after: +0.1
    for (let k = 0; k < 36; k++, m++) g.month(m, 0.65, false);
    for (let k = 0; k < 12; k++, m++) g.month(m, 0.625, false); // later: a quarter of the gain left
    const s = g.summary();
    expect(s.generalStrikeEpisodes).toBe(1);
    expect(s.generalStrikeGain).toBeCloseTo(0.1, 12);
    expect(s.generalStrikeRetained).toBeCloseTo(0.25, 12);
  });

  it("GeneralStrikeEpisodes reports NaN when no strike has run its course", () => {
    const g = new GeneralStrikeEpisodes();
    for (let m = 0; m < 30; m++) g.month(m, 0.6, m >= 20);
    expect(Number.isNaN(g.summary().generalStrikeGain)).toBe(true);
    expect(Number.isNaN(g.summary().generalStrikeRetained)).toBe(true);
  });

  it("recoveryShare() counts only repressions old enough to have recovered", () => {
    expect(recoveryShare(3, [70, 10])).toBe(0.75);
    expect(recoveryShare(0, [5])).toBeNaN();
    expect(recoveryShare(0, [60, 61])).toBe(0);
  });
});
