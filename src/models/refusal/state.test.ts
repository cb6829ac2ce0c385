import { describe, expect, it } from "vitest";
import { streams } from "../../engine/rng.ts";
import { resolveParams } from "../../engine/run.ts";
import { TFM_SIZE } from "./accounts.ts";
import { spawnStreams } from "./context.ts";
import { type RefusalParams, type RefusalSimulation, refusal } from "./index.ts";
import { enterFirm, exitFirm, industryTechnique } from "./phases/firmSlots.ts";
import { startMonth } from "./phases/startMonth.ts";
import { rulesFor } from "./rules.ts";
import { bankAtStart } from "./state/bank.ts";
import { resetBy } from "./state/columns.ts";
import { economyAtStart } from "./state/economy.ts";
import { CAPITALIST, FIRM } from "./state/firms.ts";
import { governmentAtStart } from "./state/government.ts";
import { monthAtStart } from "./state/month.ts";
import { organisationAtStart } from "./state/organisation.ts";
import { scratchAtStart } from "./state/scratch.ts";
import { WORKER, workersAtStart } from "./state/workers.ts";
import { allocate } from "./state.ts";

const params = (raw: Record<string, unknown> = {}) =>
  resolveParams(refusal, { workers: 600, firms: 8, burnInYears: 0, ...raw }) as RefusalParams;

describe("the state by actor", () => {
  it("allocate() lays out every declared field once, each table with a row per actor at its initial value", () => {
    const p = params();
    const groups = [
      WORKER,
      FIRM,
      CAPITALIST,
      workersAtStart(),
      bankAtStart(),
      governmentAtStart(),
      organisationAtStart(),
      economyAtStart(p),
      monthAtStart(TFM_SIZE),
      scratchAtStart(p.workers, p.firms),
      { n: 0, nf: 0, makers: 0, month: 0 },
    ];
    const names = groups.flatMap((g) => Object.keys(g));
    expect(new Set(names).size, "a field declared twice").toBe(names.length);
    const s = allocate(p, TFM_SIZE) as unknown as Record<string, ArrayLike<number>>;
    expect(Object.keys(s).sort()).toEqual([...names].sort());
    for (const [table, rows] of [
      [WORKER, p.workers],
      [FIRM, p.firms],
      [CAPITALIST, p.firms],
    ] as const)
      for (const [name, c] of Object.entries(table)) {
        expect(s[name].length, name).toBe(rows);
        expect(
          Array.from(s[name]).every((v) => v === c.init),
          name,
        ).toBe(true);
      }
  });

  it("exitFirm() clears the columns declared AT_EXIT; enterFirm() starts those declared AT_ENTRY from their initial values", () => {
    const p = params({ strategy: "bargaining", entryProbability: 0 });
    const sim = refusal.create(p, streams(5)) as RefusalSimulation;
    for (let m = 0; m < 36; m++) sim.step();
    const s = sim.state;
    const cols = s as unknown as Record<string, ArrayLike<number>>;
    const j = 2;
    exitFirm(s, j);
    for (const name of resetBy(FIRM, "exit")) expect(cols[name][j], name).toBe(FIRM[name].init);
    const [a] = industryTechnique(s);
    s.capMoney[j] = 10 * s.avgPrice * 1000;
    enterFirm({ s, p, rng: spawnStreams(streams(6)), ...rulesFor(p) }, j, s.avgPrice * 1000);
    for (const name of resetBy(FIRM, "entry")) expect(cols[name][j], name).toBe(FIRM[name].init);
    expect(s.active[j]).toBe(1);
    expect(s.price[j]).toBe(s.avgPrice);
    // the entrant's laboratory starts near the industry's technique, within the entry spread
    expect(Math.abs(s.labA[j] / a - 1)).toBeLessThanOrEqual(p.entrySpread);
    expect(s.lastOffer[j]).toBe(s.labA[j]);
    expect(s.born[j]).toBe(s.month);
  });

  it("startMonth() puts the month's counters, flows and transaction-flow matrix back to 0", () => {
    const p = params({ strategy: "refusal" });
    const sim = refusal.create(p, streams(5)) as RefusalSimulation;
    for (let m = 0; m < 24; m++) sim.step();
    const s = sim.state;
    const month = s.month;
    startMonth(s);
    expect(s.month).toBe(month + 1);
    const start = monthAtStart(TFM_SIZE);
    for (const [name, v] of Object.entries(start)) {
      const now = (s as unknown as Record<string, unknown>)[name];
      if (typeof v === "number") expect(now, name).toBe(0);
      else if (ArrayBuffer.isView(v))
        expect(
          Array.from(now as Float64Array).every((x) => x === 0),
          name,
        ).toBe(true);
      else expect(now, name).toEqual(v);
    }
  });
});
