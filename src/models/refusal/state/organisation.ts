/** Months "long ago": the start value of the months since the last general strike. */
const LONG_AGO = 1_000_000;

/** The workers' organisation at the start: its fund (integer money), density, general strike. */
export function organisationAtStart() {
  return {
    fund: 0,
    /** Members as a share of all workers. */
    density: 0,
    /** General strike: months active (0 = none), months since the last one. */
    generalStrike: 0,
    monthsSinceGeneralStrike: LONG_AGO,
    /** Share of employment at firms that conceded in the current general strike. */
    generalConceded: 0,
    /** Workplace pass: wages of strikers (money a month) and unemployed members. */
    strikeWages: 0,
    unemployedMembers: 0,
    /** Firms with strikers this month. */
    firmsOnStrike: 0,
  };
}
