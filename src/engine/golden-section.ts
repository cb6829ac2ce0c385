/** 1/φ = (√5 − 1)/2, the ratio by which golden-section search shrinks its bracket each step. */
const INV_PHI = (Math.sqrt(5) - 1) / 2;

/**
 * The minimum of a unimodal function on [lo, hi] by golden-section search (Kiefer 1953,
 * "Sequential minimax search for a maximum", Proc. AMS 4(3), 502–506; Press et al., Numerical
 * Recipes, 3rd ed., §10.2): keep two interior points c = b − (b − a)/φ and d = a + (b − a)/φ,
 * drop the part of the bracket beyond the worse one, reuse the better one. Stops after
 * `iterations` steps or once the bracket is no wider than `tol`; returns its midpoint. For a
 * maximum, minimise −f.
 */
export function goldenSectionMin(
  f: (x: number) => number,
  lo: number,
  hi: number,
  opts: { tol?: number; iterations?: number } = {},
): number {
  const tol = opts.tol ?? 0;
  const iterations = opts.iterations ?? 200;
  let a = lo;
  let b = hi;
  let c = b - INV_PHI * (b - a);
  let d = a + INV_PHI * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < iterations && b - a > tol; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - INV_PHI * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + INV_PHI * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
