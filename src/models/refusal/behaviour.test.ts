import { describe, expect, it } from "vitest";
import { streams } from "../../engine/rng.ts";
import { resolveParams } from "../../engine/run.ts";
import { type Ctx, spawnStreams } from "./context.ts";
import { type RefusalParams, type RefusalSimulation, refusal } from "./index.ts";
import { bargainAndStruggle } from "./phases/bargainAndStruggle.ts";
import { exitFirm } from "./phases/firmSlots.ts";
import { planAndInvest } from "./phases/planAndInvest.ts";
import { produce } from "./phases/produce.ts";
import { repress } from "./phases/statePolicy.ts";
import { rulesFor } from "./rules.ts";
import { EVENT, NONE } from "./state.ts";

// Behaviour, not outcomes: each strategy's rule does what it says, read from the state right where
// the rule acts. None of these tests looks at growth, distribution or crises.

const params = (raw: Record<string, unknown>) =>
  resolveParams(refusal, { workers: 1000, firms: 10, burnInYears: 0, ...raw }) as RefusalParams;

function simulate(raw: Record<string, unknown>, months: number, seed = 1) {
  const p = params(raw);
  const sim = refusal.create(p, streams(seed)) as RefusalSimulation;
  for (let m = 0; m < months; m++) sim.step();
  const ctx: Ctx = { s: sim.state, p, rng: spawnStreams(streams(seed + 1000)), ...rulesFor(p) };
  return { sim, p, s: sim.state, ctx };
}

describe("strategies as behavioural rules", () => {
  it("under none, workers build no organisation, table no demands and never strike", () => {
    const p = params({ strategy: "none" });
    const sim = refusal.create(p, streams(2)) as RefusalSimulation;
    let events = 0;
    let strikers = 0;
    for (let m = 0; m < 120; m++) {
      sim.step();
      for (let k = 0; k < 4; k++) events += sim.state.events[k];
      for (let j = 0; j < sim.state.nf; j++) strikers += sim.state.strikers[j];
    }
    expect(sim.state.density).toBe(0);
    expect(events).toBe(0);
    expect(strikers).toBe(0);
  });

  it("under refusal, no viable adoption goes ahead at a workplace organised beyond the block share", () => {
    const { s, p, ctx } = simulate({ strategy: "refusal" }, 120);
    const shares = Array.from({ length: s.nf }, (_, j) =>
      s.workforce[j] > 0 ? s.organisedCount[j] / s.workforce[j] : 0,
    );
    // make a new technique viable everywhere, then plan
    for (let j = 0; j < s.makers; j++) s.labA[j] *= 1.5; // every maker's laboratory finds a better machine
    s.adoptionBlocked = 0;
    planAndInvest(ctx);
    let organised = 0;
    // the consumption-good firms buy machines (makers' own workplaces use none)
    for (let j = s.makers; j < s.nf; j++) {
      if (!s.active[j]) continue;
      if (shares[j] >= p.blockShare) {
        organised++;
        expect(s.adopt[j], `firm ${j} organised at ${shares[j]}`).toBe(0);
      } else expect(s.adopt[j], `firm ${j} organised at ${shares[j]}`).toBeGreaterThan(0);
    }
    expect(organised).toBeGreaterThan(0);
    expect(s.adoptionBlocked).toBe(organised);
  });

  it("under bargaining the same organised workplaces adopt, through a productivity deal where recognised", () => {
    // seed 2: a run with recognised unions at month 180 (refusal 3.0.0), so the rule has a case
    const { s, ctx } = simulate({ strategy: "bargaining" }, 180, 2);
    for (let j = 0; j < s.makers; j++) s.labA[j] *= 1.5; // every maker's laboratory finds a better machine
    s.adoptionBlocked = 0;
    s.events.fill(0);
    planAndInvest(ctx);
    let recognised = 0;
    for (let j = s.makers; j < s.nf; j++) {
      if (!s.active[j]) continue;
      expect(s.adopt[j]).toBe(s.recognised[j] ? 2 : 1);
      recognised += s.recognised[j];
    }
    expect(recognised).toBeGreaterThan(0);
    expect(s.adoptionBlocked).toBe(0);
    expect(s.events[EVENT.capitalOffer]).toBe(recognised);
  });

  it("under bargaining, demands are tabled only at recognised firms in their contract month, and strikes follow only refused demands", () => {
    const p = params({ strategy: "bargaining", demandExcess: 1.5 });
    const sim = refusal.create(p, streams(3)) as RefusalSimulation;
    const s = sim.state;
    let demands = 0;
    let strikes = 0;
    for (let m = 0; m < 240; m++) {
      // demands can only come from firms recognised when the month starts, in their contract month
      let eligible = 0;
      for (let j = 0; j < s.nf; j++)
        if (
          s.active[j] &&
          s.recognised[j] &&
          s.contractMonth[j] === (s.month + 1) % 12 &&
          s.strikeKind[j] === 0
        )
          eligible++;
      sim.step();
      expect(s.events[EVENT.workersDemand]).toBeLessThanOrEqual(eligible);
      expect(s.strikesStarted).toBeLessThanOrEqual(s.events[EVENT.demandRefused]);
      demands += s.events[EVENT.workersDemand];
      strikes += s.strikesStarted;
    }
    expect(demands).toBeGreaterThan(0);
    expect(strikes).toBeGreaterThan(0);
  });

  it("under passivity, effort falls by eta times the shortfall when wages are below the reference", () => {
    for (const strategy of ["passivity", "none"] as const) {
      const p = params({ strategy, separationRate: 0, referenceAdaptation: 0, effortElasticity: 1 });
      const sim = refusal.create(p, streams(4)) as RefusalSimulation;
      const s = sim.state;
      s.inflation = 0;
      s.productivityGrowth = 0;
      for (let i = 0; i < s.n; i++) s.wageRef[i] = 1.2 * s.wage[i];
      produce({ s, p, rng: spawnStreams(streams(5)), ...rulesFor(p) });
      for (let i = 0; i < s.n; i++) {
        if (s.employer[i] === NONE) continue;
        // e = 1 - eta (Wref - W) / Wref = 1 - 0.2 / 1.2
        expect(s.effort[i]).toBeCloseTo(strategy === "passivity" ? 1 - 0.2 / 1.2 : 1, 6);
      }
    }
  });

  it("under general-strike, a class-wide strike is called once density passes the trigger, and not before", () => {
    const below = simulate({ strategy: "general-strike", initialDensity: 0.2, generalStrikeTrigger: 0.9 }, 0);
    below.s.density = 0.5;
    bargainAndStruggle(below.ctx);
    expect(below.s.generalCalls).toBe(0);

    const above = simulate({ strategy: "general-strike", initialDensity: 0.5, generalStrikeTrigger: 0.3 }, 0);
    above.s.density = 0.5;
    bargainAndStruggle(above.ctx);
    expect(above.s.generalCalls).toBe(1);
    let struck = 0;
    for (let j = 0; j < above.s.nf; j++) if (above.s.strikers[j] > 0) struck++;
    expect(struck).toBeGreaterThan(1); // class-wide: strikers at several workplaces at once
    expect(above.s.generalStrike).toBe(1);
  });

  it("under refusal, rotating strikes start only at organised workplaces and capital's offers to end them are refused", () => {
    // seed 8: a run whose rotating strikes start within three years of month 120 (refusal 3.0.0)
    const { sim, s, p, ctx } = simulate({ strategy: "refusal" }, 120, 8);
    let started = 0;
    for (let m = 0; m < 36; m++) {
      sim.step();
      const shares = Array.from({ length: s.nf }, (_, j) =>
        s.workforce[j] > 0 ? s.organisedCount[j] / s.workforce[j] : 0,
      );
      const before = Array.from(s.strikeKind);
      s.fund = 1e15; // let the fund afford any strike: only the rule decides where
      s.events.fill(0);
      bargainAndStruggle(ctx);
      for (let j = 0; j < s.nf; j++)
        if (s.strikeKind[j] === 2 && before[j] !== 2) {
          started++;
          expect(shares[j]).toBeGreaterThanOrEqual(p.blockShare);
        }
      expect(s.events[EVENT.offerRefused]).toBe(s.events[EVENT.capitalOffer]);
      expect(s.events[EVENT.workersDemand]).toBe(0);
    }
    expect(started).toBeGreaterThan(0);
  });

  it("repression seizes the fund and withdraws recognition, but leaves thresholds, members and wins alone (M13)", () => {
    // the rule itself, applied by hand at a month's end to an economy that has built a fund
    const { sim, s, p } = simulate({ strategy: "bargaining" }, 60);
    sim.check?.(0);
    sim.step();
    sim.check?.(1);
    const thresholds = Float32Array.from(s.threshold);
    const members = Uint8Array.from(s.organised);
    const wins = Float64Array.from(s.wins);
    const fund = s.fund;
    const stateDeposits = s.stateDeposits;
    expect(fund).toBeGreaterThan(0);
    s.tfm.fill(0);
    s.writeOffs = 0;
    repress(s, p);
    expect(s.fund).toBe(0);
    expect(s.stateDeposits).toBe(stateDeposits + fund);
    for (let j = 0; j < s.nf; j++) expect(s.recognised[j]).toBe(0);
    expect(s.recognitionBanLeft).toBe(p.recognitionBan);
    expect(s.repression).toBe(1);
    expect(Array.from(s.threshold)).toEqual(Array.from(thresholds));
    expect(Array.from(s.organised)).toEqual(Array.from(members));
    expect(Array.from(s.wins)).toEqual(Array.from(wins));
    // the seizure is a booked transfer: every accounting identity still holds
    expect(() => sim.check?.(2)).not.toThrow();
  });

  it("a firm that exits dismisses its workers and leaves the accounts closed; its owner can found a firm again", () => {
    const { sim, s } = simulate({ entryProbability: 1, entryCapital: 0.01 }, 24);
    sim.check?.(0);
    sim.step();
    sim.check?.(1);
    const j = 3;
    const workers = s.workforce[j];
    const pool = s.poolSize;
    expect(workers).toBeGreaterThan(0);
    s.tfm.fill(0);
    s.writeOffs = 0;
    exitFirm(s, j);
    expect(s.active[j]).toBe(0);
    expect(s.workforce[j]).toBe(0);
    expect(s.poolSize).toBe(pool + workers);
    expect(s.loans[j]).toBe(0);
    expect(s.deposits[j]).toBe(0);
    expect(() => sim.check?.(2)).not.toThrow();
    // with entry certain and cheap, the slot's capitalist household founds a new firm
    for (let m = 3; m < 6; m++) {
      sim.step();
      sim.check?.(m);
    }
    expect(s.active[j]).toBe(1);
    expect(s.capital[j]).toBeGreaterThan(0);
  });
});

describe("the machine market (¶37)", () => {
  it("a stoppage at a machine maker holds up its clients' machines until it works again", () => {
    const { sim, s } = simulate({ strategy: "none" }, 60, 3);
    // the maker with the most clients stops: its workers make nothing this month
    let k = 0;
    for (let j = 1; j < s.makers; j++) if (s.backlog[j] > s.backlog[k]) k = j;
    const clients: number[] = [];
    for (let j = s.makers; j < s.nf; j++)
      if (s.active[j] && s.supplier[j] === k && s.orderQty[j] > 0) clients.push(j);
    expect(clients.length).toBeGreaterThan(0);
    const before = clients.map((j) => s.capital[j]);
    const ordered = clients.map((j) => s.orderQty[j]);
    const backlogBefore = s.backlog[k];
    s.labB[k] = 1e-12; // nothing can be made at k this month
    sim.step();
    // depreciation only: no client that stayed with k installed a machine, and k's order book
    // shrank only by the orders of clients that took them to another maker at their yearly review
    let stayed = 0;
    let carried = 0;
    clients.forEach((j, c) => {
      if (s.active[j] && s.supplier[j] === k) {
        stayed++;
        expect(s.capital[j]).toBeLessThanOrEqual(before[c]);
      } else carried += ordered[c];
    });
    expect(stayed).toBeGreaterThan(0);
    expect(s.backlog[k]).toBeGreaterThanOrEqual((backlogBefore - carried) * (1 - 1e-9));
  });
});

describe("the labour reserve (issue 13 item 5)", () => {
  it("by default nobody is in the reserve and the labour force is N", () => {
    const { s } = simulate({ strategy: "none" }, 24);
    expect(s.reserveSize).toBe(0);
    expect(s.n - s.poolSize - s.reserveSize).toBeGreaterThan(0);
  });

  it("a reserve drains into the labour force by migration, and unemployed return to it, with every invariant kept", () => {
    const { sim, s } = simulate(
      { strategy: "none", reserveShare: 0.3, reserveInflow: 0.02, reserveReturn: 0.005 },
      0,
    );
    expect(s.reserveSize).toBe(300);
    let joined = 0;
    let left = 0;
    for (let m = 1; m <= 60; m++) {
      sim.step();
      sim.check?.(m);
      joined += s.flows.joiners;
      left += s.flows.leavers;
    }
    expect(joined).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(0);
    expect(s.reserveSize).toBe(300 - joined + left);
    // the reserve is outside the labour force: unemployment is the pool over N less the reserve
    expect(s.unemployment).toBeCloseTo(s.poolSize / (s.n - s.reserveSize), 12);
  });
});
