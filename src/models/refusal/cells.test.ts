import { describe, expect, it } from "vitest";
import { streams } from "../../engine/rng.ts";
import { refusal } from "./index.ts";

describe("refusal cells() (the lab's workplace view)", () => {
  it("cells() gives each firm's workforce, organised share and strike flag, summing to the employed", () => {
    const p = refusal.params.parse({ workers: 800, firms: 8, strategy: "refusal" });
    const sim = refusal.create(p, streams(4));
    for (let m = 0; m < 36; m++) sim.step();
    const c = sim.cells!();
    const row = new Float64Array(refusal.metrics.length);
    sim.observe(row);
    const employed = Math.round(800 * (1 - row[refusal.metrics.indexOf("unemploymentRate")]));
    expect(c.size.reduce((a, b) => a + b, 0)).toBe(employed);
    for (let j = 0; j < c.size.length; j++) {
      expect(c.shade[j]).toBeGreaterThanOrEqual(0);
      expect(c.shade[j]).toBeLessThanOrEqual(1);
      expect([0, 1]).toContain(c.outline[j]);
    }
    expect(c.shade.some((v) => v > 0)).toBe(true);
  });
});
