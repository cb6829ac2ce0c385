import { describe, expect, it } from "vitest";
import { createRng } from "../../../engine/rng.ts";
import { stateWith } from "../fixtures.ts";
import { checkInvariants } from "../invariants.ts";
import { OWNER } from "../state.ts";
import { hire } from "./hiring.ts";

describe("HiringPool.drawExcluding()", () => {
  it("draws potential employers in proportion to money, never the active actor nor a worker (chi-square)", () => {
    // 70 actors so that several blocks of the pool are used; actor 3 is a worker of 10.
    const money = Array.from({ length: 70 }, (_, i) => (i % 7) * 10);
    money[3] = 500;
    const s = stateWith(money, [[3, 10]]);
    const a = 5; // the active (unemployed) actor
    const rng = createRng(2, "t");
    const counts = new Array(70).fill(0);
    const draws = 200_000;
    for (let k = 0; k < draws; k++) counts[s.hiring.drawExcluding(a, rng)]++;
    expect(counts[a]).toBe(0);
    expect(counts[3]).toBe(0);
    let total = 0;
    for (let i = 0; i < 70; i++) if (i !== a && i !== 3) total += money[i];
    let chi2 = 0;
    let df = -1;
    for (let i = 0; i < 70; i++) {
      if (i === a || i === 3 || money[i] === 0) continue;
      const e = (draws * money[i]) / total;
      chi2 += (counts[i] - e) ** 2 / e;
      df++;
    }
    // df = 57; P(chi2 > 100) < 0.001
    expect(df).toBe(57);
    expect(chi2).toBeLessThan(100);
  });

  it("returns -1 when nobody else has money", () => {
    const s = stateWith([5, 0, 0]);
    expect(s.hiring.drawExcluding(0, createRng(1, "t"))).toBe(-1);
  });
});

describe("hire()", () => {
  it("hires only when the drawn employer holds strictly more than the average wage", () => {
    // Actor 1 is the only possible employer: 50 coins = <w> exactly, so no hire (m_c > <w>).
    const s = stateWith([0, 50]);
    hire(s, createRng(1, "t"), 0);
    expect(s.employer[0]).toBe(-1);
    const t = stateWith([0, 51]);
    hire(t, createRng(1, "t"), 0);
    expect(t.employer[0]).toBe(1);
    expect(t.employer[1]).toBe(OWNER);
    expect(t.firmCount).toBe(1);
    expect(t.monthBirths).toBe(1);
    checkInvariants(t, 0);
  });

  it("moves the hired actor's money out of the hiring pool", () => {
    const s = stateWith([20, 80]);
    hire(s, createRng(1, "t"), 0);
    expect(s.hiring.total()).toBe(80);
    checkInvariants(s, 0);
  });
});
