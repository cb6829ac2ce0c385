import {
  type Design,
  type DesignSpec,
  expandDesign,
  type Factor,
  fromUnit,
} from "../experiments/designs/index.ts";

/** The design of a stored experiment, re-expanded, with its factors in design order. */
export interface RecoveredDesign {
  /** Factors in the order that gives the stored points. */
  factors: Factor[];
  /** The expanded design (with morris/sobol roles), or null when no order matched the runs. */
  design: Design | null;
}

/** Largest permutation search (k! candidates times the points checked) tried as a last resort. */
const MAX_BRUTE_FORCE_WORK = 2_000_000;

type PointParams = ReadonlyMap<number, Readonly<Record<string, unknown>>>;

/** True when every stored point's parameters carry the factor values the design gives it. */
function matches(design: Design, factors: readonly Factor[], params: PointParams): boolean {
  for (const [index, p] of params) {
    const point = design.points[index];
    if (!point) return false;
    for (const f of factors) if (p[f.name] !== point.values[f.name]) return false;
  }
  return true;
}

function tryExpand(factors: readonly Factor[], spec: DesignSpec): Design | null {
  try {
    return expandDesign(factors, spec);
  } catch {
    return null;
  }
}

/**
 * Grid order from the runs: the first factor of a grid varies slowest, so sorting factors by how
 * often their value changes between consecutive stored points gives the design order.
 */
function gridOrder(factors: readonly Factor[], params: PointParams): Factor[] {
  const indices = [...params.keys()].sort((a, b) => a - b);
  const changes = factors.map((f) => {
    let c = 0;
    for (let i = 1; i < indices.length; i++)
      if (params.get(indices[i])![f.name] !== params.get(indices[i - 1])![f.name]) c++;
    return c;
  });
  return factors
    .map((f, i) => ({ f, c: changes[i], i }))
    .sort((a, b) => a.c - b.c || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Order of a sampled design (random, latin-hypercube, morris, sobol) from the runs: those designs
 * sample the unit cube independently of the factors, so the design expanded with k placeholder
 * factors on [0, 1] gives each point's unit coordinates; factor f belongs to column c when
 * `fromUnit(f, u[p][c])` is the stored value at every point. A matching of factors to columns is
 * then found by backtracking.
 */
function unitOrder(factors: readonly Factor[], spec: DesignSpec, params: PointParams): Factor[] | null {
  const k = factors.length;
  const placeholders = factors.map((_, c) => ({ name: `c${c}`, min: 0, max: 1 }));
  const unit = tryExpand(placeholders, spec);
  if (!unit) return null;
  const fits = factors.map((f) =>
    placeholders.map((ph) => {
      for (const [index, p] of params) {
        const point = unit.points[index];
        if (!point || fromUnit(f, point.values[ph.name] as number) !== p[f.name]) return false;
      }
      return true;
    }),
  );
  const column: (Factor | undefined)[] = new Array(k);
  const assign = (fi: number): boolean => {
    if (fi === k) return true;
    for (let c = 0; c < k; c++) {
      if (column[c] || !fits[fi][c]) continue;
      column[c] = factors[fi];
      if (assign(fi + 1)) return true;
      column[c] = undefined;
    }
    return false;
  };
  return assign(0) ? (column as Factor[]) : null;
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) yield [items[i], ...p];
  }
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/**
 * Re-expand a stored experiment's design and find the order of its factors. The database keeps the
 * experiment file as canonical JSON (keys sorted), so the factors' order in the file, which decides
 * the design's points, is lost; it is recovered by checking candidate orders against the factor
 * values in the stored runs' parameters (`params`: point index -> parameters): the stored order,
 * then the order read from the runs (grid: slowest-varying first; sampled designs: matching each
 * factor to a unit-cube column), then, for few factors, every permutation. With no stored run the
 * stored order is taken unchecked.
 */
export function recoverDesign(
  factors: readonly Factor[],
  spec: DesignSpec,
  params: PointParams,
): RecoveredDesign {
  if (params.size === 0) return { factors: [...factors], design: tryExpand(factors, spec) };
  const candidates: Factor[][] = [[...factors]];
  if (spec.kind === "grid") candidates.push(gridOrder(factors, params));
  else {
    const order = unitOrder(factors, spec, params);
    if (order) candidates.push(order);
  }
  for (const order of candidates) {
    const design = tryExpand(order, spec);
    if (design && matches(design, order, params)) return { factors: order, design };
  }
  const first = tryExpand(factors, spec);
  if (first && factorial(factors.length) * first.points.length <= MAX_BRUTE_FORCE_WORK) {
    for (const order of permutations(factors)) {
      const design = tryExpand(order, spec);
      if (design && matches(design, order, params)) return { factors: order, design };
    }
  }
  return { factors: [...factors], design: null };
}
