import { describe, expect, it } from "vitest";
import { streams } from "../../engine/rng.ts";
import { wright } from "./index.ts";

describe("wright cells() (the lab's workplace view)", () => {
  it("cells() gives one cell per firm whose sizes add up to the workers", () => {
    const p = wright.params.parse({ N: 500, M: 50_000 });
    const sim = wright.create(p, streams(2));
    for (let m = 0; m < 24; m++) sim.step();
    const row = new Float64Array(wright.metrics.length);
    sim.observe(row);
    const c = sim.cells!();
    expect(c.size.length).toBe(row[wright.metrics.indexOf("firms")]);
    expect(c.size.reduce((a, b) => a + b, 0)).toBe(
      Math.round(500 * row[wright.metrics.indexOf("workersShare")]),
    );
    expect(c.size.every((v) => v >= 1)).toBe(true);
  });
});
