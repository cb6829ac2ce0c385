import { describe, expect, it } from "vitest";
import { Dopri5, type Rhs, Rk4 } from "./ode.ts";

/** y' = −k y, y(0) = 1: y(t) = exp(−k t). */
const K = 0.7;
const decay: Rhs = (_t, y, dy) => {
  dy[0] = -K * y[0];
};

/** Harmonic oscillator x'' = −w² x as y = [x, v]: x(t) = cos(w t), v(t) = −w sin(w t) from [1, 0]. */
const W = 2;
const oscillator: Rhs = (_t, y, dy) => {
  dy[0] = y[1];
  dy[1] = -W * W * y[0];
};
const oscillatorError = (y: Float64Array, t: number) =>
  Math.hypot(y[0] - Math.cos(W * t), y[1] + W * Math.sin(W * t));

describe("Rk4", () => {
  const rk4OscillatorError = (h: number, tEnd: number) => {
    const y = Float64Array.of(1, 0);
    new Rk4(oscillator, 2).advance(0, y, tEnd, h);
    return oscillatorError(y, tEnd);
  };

  it("Rk4.advance() has observed global order 4 on the harmonic oscillator", () => {
    const e = [0.1, 0.05, 0.025].map((h) => rk4OscillatorError(h, 10));
    const order1 = Math.log2(e[0] / e[1]);
    const order2 = Math.log2(e[1] / e[2]);
    expect(order1).toBeGreaterThanOrEqual(3.8);
    expect(order1).toBeLessThanOrEqual(4.2);
    expect(order2).toBeGreaterThanOrEqual(3.8);
    expect(order2).toBeLessThanOrEqual(4.2);
  });

  it("Rk4.advance() has observed global order 4 on exponential decay", () => {
    const err = (h: number) => {
      const y = Float64Array.of(1);
      new Rk4(decay, 1).advance(0, y, 5, h);
      return Math.abs(y[0] - Math.exp(-K * 5));
    };
    const order = Math.log2(err(0.2) / err(0.1));
    expect(order).toBeGreaterThanOrEqual(3.8);
    expect(order).toBeLessThanOrEqual(4.2);
  });

  it("Rk4.step() matches the Taylor series of exp(−k h) to O(h⁵)", () => {
    // One RK4 step on y' = −k y multiplies y by 1 − z + z²/2 − z³/6 + z⁴/24 with z = k h.
    const h = 0.3;
    const z = K * h;
    const y = Float64Array.of(1);
    new Rk4(decay, 1).step(0, y, h);
    expect(y[0]).toBeCloseTo(1 - z + z ** 2 / 2 - z ** 3 / 6 + z ** 4 / 24, 15);
  });

  it("Rk4.advance() lands exactly on tEnd with equal steps no longer than hMax", () => {
    const times: number[] = [];
    const rhs: Rhs = (t, y, dy) => {
      times.push(t);
      dy[0] = -y[0];
    };
    const stats = new Rk4(rhs, 1).advance(0.1, Float64Array.of(1), 0.4, 0.07);
    expect(stats.steps).toBe(Math.ceil(0.3 / 0.07));
    expect(times[times.length - 1]).toBe(0.4);
    expect(times[0]).toBe(0.1);
  });
});

describe("Dopri5", () => {
  it("Dopri5.advance() keeps the global error of exponential decay within a small multiple of the tolerance", () => {
    for (const tol of [1e-6, 1e-9, 1e-12]) {
      const y = Float64Array.of(1);
      new Dopri5(decay, 1, { rtol: tol, atol: tol * 1e-3 }).advance(0, y, 10);
      const exact = Math.exp(-K * 10);
      expect(Math.abs(y[0] - exact) / exact).toBeLessThan(10 * tol);
    }
  });

  it("Dopri5.advance() keeps the harmonic oscillator error within a small multiple of the tolerance per period", () => {
    const tEnd = 10 * Math.PI; // ten periods of 2π/W
    for (const tol of [1e-6, 1e-9, 1e-12]) {
      const y = Float64Array.of(1, 0);
      new Dopri5(oscillator, 2, { rtol: tol, atol: tol }).advance(0, y, tEnd);
      expect(oscillatorError(y, tEnd)).toBeLessThan(10 * 10 * tol);
    }
  });

  it("Dopri5.advance() error shrinks when the tolerance is tightened", () => {
    const err = (tol: number) => {
      const y = Float64Array.of(1, 0);
      new Dopri5(oscillator, 2, { rtol: tol, atol: tol }).advance(0, y, 20);
      return oscillatorError(y, 20);
    };
    expect(err(1e-9)).toBeLessThan(err(1e-6) / 50);
  });

  it("Dopri5.advance() lands exactly on every requested output time", () => {
    const seen = new Set<number>();
    const rhs: Rhs = (t, y, dy) => {
      seen.add(t);
      oscillator(t, y, dy);
    };
    const solver = new Dopri5(rhs, 2, { rtol: 1e-10, atol: 1e-12 });
    const y = Float64Array.of(1, 0);
    let t = 0;
    for (let k = 1; k <= 70; k++) {
      const tEnd = k / 7; // not representable in binary
      solver.advance(t, y, tEnd);
      t = tEnd;
      // The last stage of the final step is evaluated at tEnd itself, not at a rounded t + h.
      expect(seen.has(tEnd)).toBe(true);
      expect(oscillatorError(y, tEnd)).toBeLessThan(1e-8);
    }
  });

  it("Dopri5.advance() gives the same state whether it stops at output times or not", () => {
    const direct = Float64Array.of(1, 0);
    new Dopri5(oscillator, 2, { rtol: 1e-11, atol: 1e-13 }).advance(0, direct, 5);
    const stepped = Float64Array.of(1, 0);
    const solver = new Dopri5(oscillator, 2, { rtol: 1e-11, atol: 1e-13 });
    for (let k = 0; k < 50; k++) solver.advance(k / 10, stepped, (k + 1) / 10);
    expect(Math.hypot(direct[0] - stepped[0], direct[1] - stepped[1])).toBeLessThan(1e-8);
  });

  it("Dopri5.advance() does not shrink its steps because of frequent output times", () => {
    const coarse = new Dopri5(oscillator, 2, { rtol: 1e-8, atol: 1e-10 });
    coarse.advance(0, Float64Array.of(1, 0), 20);
    const fine = new Dopri5(oscillator, 2, { rtol: 1e-8, atol: 1e-10 });
    const y = Float64Array.of(1, 0);
    for (let k = 0; k < 200; k++) fine.advance(k / 10, y, (k + 1) / 10);
    // 200 output times force at most ~200 extra (clipped) steps, not a collapse of the step size.
    expect(fine.total.steps).toBeLessThan(coarse.total.steps + 250);
  });

  it("Dopri5.advance() is deterministic: two solvers give bit-identical states", () => {
    const run = () => {
      const s = new Dopri5(oscillator, 2, { rtol: 1e-9, atol: 1e-12 });
      const y = Float64Array.of(1, 0);
      for (let k = 0; k < 30; k++) s.advance(k * 0.3, y, (k + 1) * 0.3);
      return Array.from(y);
    };
    expect(run()).toEqual(run());
  });

  it("Dopri5.advance() integrates backwards in time", () => {
    const y = Float64Array.of(Math.exp(-K * 3));
    new Dopri5(decay, 1, { rtol: 1e-10, atol: 1e-14 }).advance(3, y, 0);
    expect(Math.abs(y[0] - 1)).toBeLessThan(1e-8);
  });

  it("Dopri5 honours per-component tolerances", () => {
    // Component 2 of the oscillator is asked for much less accuracy than component 1.
    const y = Float64Array.of(1, 0);
    const s = new Dopri5(oscillator, 2, { rtol: [1e-10, 1e-10], atol: [1e-12, 1e-12] });
    s.advance(0, y, 5);
    expect(oscillatorError(y, 5)).toBeLessThan(1e-8);
    expect(() => new Dopri5(oscillator, 2, { rtol: [1e-6] })).toThrow(/rtol has 1 components/);
  });

  it("Dopri5.advance() throws a clear error when maxSteps is exceeded", () => {
    const s = new Dopri5(oscillator, 2, { rtol: 1e-12, atol: 1e-12, maxSteps: 10 });
    expect(() => s.advance(0, Float64Array.of(1, 0), 100)).toThrow(/maxSteps \(10\) exceeded/);
  });

  it("Dopri5.advance() throws a clear error when the step size underflows at a blow-up", () => {
    // y' = y², y(0) = 1 has the solution 1/(1 − t), which blows up at t = 1.
    const blowUp: Rhs = (_t, y, dy) => {
      dy[0] = y[0] * y[0];
    };
    const s = new Dopri5(blowUp, 1, { rtol: 1e-8, atol: 1e-8, maxSteps: 1_000_000 });
    expect(() => s.advance(0, Float64Array.of(1), 2)).toThrow(/step size underflow/);
  });

  it("Dopri5 rejects invalid options", () => {
    expect(() => new Dopri5(decay, 1, { rtol: 0, atol: 0 })).toThrow(RangeError);
    expect(() => new Dopri5(decay, 0)).toThrow(RangeError);
    expect(() => new Dopri5(decay, 1, { hInit: -1 })).toThrow(RangeError);
  });
});
