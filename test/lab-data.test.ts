import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellGrid, shadeColour } from "../web/src/cells-layout.ts";
import { flaggedIntervals } from "../web/src/crises.ts";
import { csvField, seriesCsv } from "../web/src/csv.ts";
import { SeriesBuffer } from "../web/src/series.ts";
import { defaultSpeed, SPEEDS, speedLabel } from "../web/src/speed.ts";

/** Row-major rows (t, a, b) for k = from..to-1. */
function rows(from: number, to: number): Float64Array {
  const out = new Float64Array((to - from) * 3);
  for (let k = from; k < to; k++) out.set([k / 12, k * 0.1, -k], (k - from) * 3);
  return out;
}

describe("the lab's data helpers", () => {
  it("SeriesBuffer.append() keeps every row in order across growth, as columns", () => {
    const s = new SeriesBuffer(["a", "b"], 4);
    s.append(rows(0, 3), 3);
    s.append(rows(3, 50), 47);
    expect(s.length).toBe(50);
    expect([...s.time()]).toEqual(Array.from({ length: 50 }, (_, k) => k / 12));
    expect([...s.column("b")]).toEqual(Array.from({ length: 50 }, (_, k) => -k));
    expect(s.column(0)[7]).toBe(7 * 0.1);
    expect(() => s.column("c")).toThrow(RangeError);
    expect(() => s.append(new Float64Array(2), 1)).toThrow(RangeError);
  });

  it("seriesCsv() writes a header and rows whose numbers read back exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double(), fc.double()), { minLength: 1, maxLength: 20 }), (pairs) => {
        const s = new SeriesBuffer(["x", "y"]);
        s.append(Float64Array.from(pairs.flatMap(([x, y], k) => [k, x, y])), pairs.length);
        const lines = seriesCsv(s).trimEnd().split("\n");
        expect(lines[0]).toBe("t,x,y");
        const back = lines.slice(1).map((l) => l.split(",").map(Number));
        // -0 is written "0", as `refusal run --out` writes it.
        expect(back).toEqual(pairs.map(([x, y], k) => [k, x === 0 ? 0 : x, y === 0 ? 0 : y]));
      }),
    );
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });

  it("flaggedIntervals() turns runs of crisis months into time intervals, each month one step wide", () => {
    const t = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => k / 12);
    const got = flaggedIntervals(t, [0, 1, 1, 0, 0, 1, 0, 1], 1 / 12);
    const want = [
      [0, 2 / 12],
      [4 / 12, 5 / 12],
      [6 / 12, 7 / 12],
    ];
    expect(got).toHaveLength(want.length);
    got.forEach(([a, b], i) => {
      expect(a).toBeCloseTo(want[i][0], 12);
      expect(b).toBeCloseTo(want[i][1], 12);
    });
    expect(flaggedIntervals(t, [0, 0, 0, 0, 0, 0, 0, 0], 1 / 12)).toEqual([]);
  });

  it("cellGrid() draws each live firm once, inside the canvas, without overlap, area proportional to workforce", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 50, max: 800 }),
        fc.integer({ min: 50, max: 600 }),
        (sizes, w, h) => {
          const size = Float64Array.from(sizes);
          const boxes = cellGrid(size, w, h);
          const live = sizes.flatMap((s, i) => (s > 0 ? [i] : []));
          expect(boxes.map((b) => b.index)).toEqual(live);
          const largest = Math.max(0, ...sizes);
          for (const b of boxes) {
            expect(b.cx - b.side / 2).toBeGreaterThanOrEqual(-1e-9);
            expect(b.cy - b.side / 2).toBeGreaterThanOrEqual(-1e-9);
            expect(b.cx + b.side / 2).toBeLessThanOrEqual(w + 1e-9);
            expect(b.cy + b.side / 2).toBeLessThanOrEqual(h + 1e-9);
            const want = (b.side / boxes.find((x) => size[x.index] === largest)!.side) ** 2;
            if (b.side > 1) expect(want).toBeCloseTo(size[b.index] / largest, 9);
          }
          // No two squares overlap.
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i], boxes[j]];
              const apart = (a.side + b.side) / 2 - 1e-9;
              expect(Math.abs(a.cx - b.cx) >= apart || Math.abs(a.cy - b.cy) >= apart).toBe(true);
            }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("shadeColour() runs from grey-blue at 0 to deep red at 1, clamping outside [0, 1]", () => {
    expect(shadeColour(0)).toBe("rgb(203, 213, 225)");
    expect(shadeColour(1)).toBe("rgb(185, 28, 28)");
    expect(shadeColour(2)).toBe(shadeColour(1));
    expect(shadeColour(Number.NaN)).toBe(shadeColour(0));
  });

  it("defaultSpeed() picks the offered speed nearest a tenth of the horizon per second", () => {
    expect(defaultSpeed(60)).toBe(5);
    expect(defaultSpeed(100)).toBe(10);
    expect(defaultSpeed(1000)).toBe(100);
    expect(SPEEDS).toContain(defaultSpeed(0.01));
    expect(speedLabel(5, "year", 12)).toBe("5 years/s (60 months/s)");
    expect(speedLabel(Number.POSITIVE_INFINITY, "round", 1)).toBe("as fast as possible");
  });
});
