import { describe, expect, it } from "vitest";
import { expandDesign } from "./expand.ts";
import type { DesignSpec, Factor } from "./types.ts";

const FACTORS: Factor[] = [
  { name: "nu", min: 1, max: 5 },
  { name: "n", min: 10, max: 1000, integer: true, log: true },
  { name: "mode", values: ["a", "b", "c"] },
  { name: "on", values: [true, false] },
];

describe("expandDesign", () => {
  for (const kind of ["random", "latin-hypercube", "morris", "sobol"] as const) {
    it(`expandDesign(${kind}) gives the same points for the same seed and other points for another`, () => {
      const spec: DesignSpec = { kind, samples: 8, seed: 42 };
      const a = expandDesign(FACTORS, spec);
      expect(expandDesign(FACTORS, { ...spec })).toEqual(a);
      const b = expandDesign(FACTORS, { ...spec, seed: 43 });
      expect(b.points.length).toBe(a.points.length);
      expect(b.points.map((p) => p.values)).not.toEqual(a.points.map((p) => p.values));
    });
  }

  it("expandDesign() gives each design its size: samples, r (k + 1) for morris, N (k + 2) for sobol", () => {
    const k = FACTORS.length;
    expect(expandDesign(FACTORS, { kind: "random", samples: 7 }).points.length).toBe(7);
    expect(expandDesign(FACTORS, { kind: "latin-hypercube", samples: 7 }).points.length).toBe(7);
    expect(expandDesign(FACTORS, { kind: "morris", samples: 7 }).points.length).toBe(7 * (k + 1));
    expect(expandDesign(FACTORS, { kind: "sobol", samples: 8 }).points.length).toBe(8 * (k + 2));
    expect(expandDesign(FACTORS, { kind: "grid", levels: 3 }).points.length).toBe(3 * 3 * 3 * 2);
  });

  it("expandDesign(random) keeps every value in its factor's domain and picks values uniformly", () => {
    const { points } = expandDesign(FACTORS, { kind: "random", samples: 3000, seed: 1 });
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (const { values } of points) {
      expect(values.nu as number).toBeGreaterThanOrEqual(1);
      expect(values.nu as number).toBeLessThanOrEqual(5);
      expect(Number.isInteger(values.n) && (values.n as number) >= 10 && (values.n as number) <= 1000).toBe(
        true,
      );
      expect(typeof values.on).toBe("boolean");
      counts[values.mode as string]++;
    }
    // Each count is Binomial(3000, 1/3): mean 1000, sd 25.8; 150 is almost 6 sd.
    for (const c of Object.values(counts)) expect(Math.abs(c - 1000)).toBeLessThan(150);
    // Log-uniform on [10, 1001): P(n < 100) = ln(10) / ln(100.1) = 0.49996; sd of the share 0.0091.
    const below = points.filter((p) => (p.values.n as number) < 100).length / 3000;
    expect(Math.abs(below - Math.log(10) / Math.log(100.1))).toBeLessThan(0.05);
  });

  it("expandDesign() throws one-line errors naming the factor and what was expected", () => {
    const cases: [Factor[], DesignSpec, RegExp][] = [
      [[{ name: "nu" }], { kind: "grid" }, /^factor 'nu': expected either values or min and max$/],
      [[{ name: "nu", min: 1 }], { kind: "grid" }, /^factor 'nu': expected either values or min and max$/],
      [
        [{ name: "nu", values: [1], min: 0, max: 1 }],
        { kind: "grid" },
        /^factor 'nu': expected either values or min and max$/,
      ],
      [
        [{ name: "nu", min: 2, max: 1 }],
        { kind: "grid" },
        /^factor 'nu': min must be < max, got min 2 and max 1$/,
      ],
      [
        [{ name: "nu", min: 0, max: 1, log: true }],
        { kind: "grid" },
        /^factor 'nu': a log range needs min > 0, got 0$/,
      ],
      [
        [{ name: "nu", min: 0.5, max: 3, integer: true }],
        { kind: "grid" },
        /^factor 'nu': an integer range needs integer min and max/,
      ],
      [[{ name: "nu", values: [] }], { kind: "grid" }, /^factor 'nu': values must be a non-empty list$/],
      [[{ name: "nu", values: [1, 1] }], { kind: "grid" }, /^factor 'nu': duplicate value 1$/],
      [
        [{ name: "nu", values: [1, 2], log: true }],
        { kind: "grid" },
        /^factor 'nu': integer and log apply only to a min\/max range$/,
      ],
      [
        [{ name: "nu", min: 0, max: Number.NaN }],
        { kind: "grid" },
        /^factor 'nu': min and max must be finite numbers$/,
      ],
      [
        [
          { name: "nu", min: 0, max: 1 },
          { name: "nu", values: [1] },
        ],
        { kind: "grid" },
        /^factor 'nu': duplicate name$/,
      ],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "sobol", samples: 1 },
        /^sobol: samples must be >= 2, got 1$/,
      ],
      [[{ name: "nu", min: 0, max: 1 }], { kind: "sobol" }, /^sobol: samples is required/],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "random", samples: 2.5 },
        /^random: samples must be a positive integer, got 2.5$/,
      ],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "morris", samples: 4, levels: 5 },
        /^morris: levels must be even/,
      ],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "grid", levels: 1 },
        /^grid: levels must be an integer >= 2, got 1$/,
      ],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "random", samples: 3, seed: -1 },
        /^random: seed must be a non-negative integer, got -1$/,
      ],
      [[], { kind: "morris", samples: 3 }, /^morris: needs at least one factor$/],
      [
        [{ name: "nu", min: 0, max: 1 }],
        { kind: "anova" as never },
        /^design: kind must be one of grid, random, latin-hypercube, morris, sobol, got anova$/,
      ],
    ];
    for (const [factors, spec, message] of cases) expect(() => expandDesign(factors, spec)).toThrow(message);
  });

  it("expandDesign() refuses designs of more than 10^7 points and Sobol' designs of more than 20 factors", () => {
    const ten = Array.from({ length: 10 }, (_, v) => v);
    const many = Array.from({ length: 8 }, (_, i) => ({ name: `f${i}`, values: ten }));
    expect(() => expandDesign(many, { kind: "grid" })).toThrow(
      /^grid: 100000000 points exceed the limit of 10000000$/,
    );
    expect(() =>
      expandDesign([{ name: "a", min: 0, max: 1 }], { kind: "sobol", samples: 4_000_000 }),
    ).toThrow(/^sobol: 12000000 points exceed the limit of 10000000$/);
    expect(() =>
      expandDesign([{ name: "a", min: 0, max: 1 }], { kind: "random", samples: 10_000_001 }),
    ).toThrow(/exceed the limit/);
    const k21 = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}`, min: 0, max: 1 }));
    expect(() => expandDesign(k21, { kind: "sobol", samples: 4 })).toThrow(
      /^sobol: at most 20 factors .*got 21$/,
    );
    expect(expandDesign(k21.slice(1), { kind: "sobol", samples: 4 }).points.length).toBe(4 * 22);
  });

  it("expandDesign(morris) maps the unit grid through the factors: ends of a range are its min and max", () => {
    const { points } = expandDesign([{ name: "x", min: -3, max: 7 }], {
      kind: "morris",
      samples: 20,
      levels: 4,
    });
    const xs = new Set(points.map((p) => p.values.x as number));
    expect([...xs].sort((a, b) => a - b)).toEqual(
      [-3, -3 + 10 / 3, -3 + 20 / 3, 7].map((v) => expect.closeTo(v, 12)),
    );
  });
});
