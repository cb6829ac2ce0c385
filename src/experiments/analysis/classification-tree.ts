/** A node of a shallow classification tree of a yes/no outcome. */
export interface TreeNode {
  /** Points in the node, and how many have the outcome. */
  n: number;
  yes: number;
  /** The split (absent in a leaf): `factor < threshold` goes left. */
  split?: { factor: string; threshold: number; left: TreeNode; right: TreeNode };
}

function gini(yes: number, n: number): number {
  if (n === 0) return 0;
  const p = yes / n;
  return 2 * p * (1 - p);
}

/**
 * A classification tree of depth at most `depth` (Breiman et al. 1984, CART: the split that most
 * lowers the Gini impurity n·2p(1 − p), over every factor and every midpoint between neighbouring
 * values), leaves of at least `minLeaf` points; a node is split only where that lowers the
 * impurity. `x[i][f]` is factor f of point i.
 */
export function classificationTree(
  x: readonly Record<string, number>[],
  y: readonly boolean[],
  factors: readonly string[],
  { depth = 2, minLeaf = 8 }: { depth?: number; minLeaf?: number } = {},
): TreeNode {
  const grow = (idx: number[], d: number): TreeNode => {
    const yes = idx.filter((i) => y[i]).length;
    const node: TreeNode = { n: idx.length, yes };
    if (d === 0 || yes === 0 || yes === idx.length || idx.length < 2 * minLeaf) return node;
    let best: { factor: string; threshold: number; cost: number } | undefined;
    const parent = idx.length * gini(yes, idx.length);
    for (const f of factors) {
      const sorted = [...idx].sort((a, b) => x[a][f] - x[b][f]);
      let leftYes = 0;
      for (let k = 1; k < sorted.length; k++) {
        if (y[sorted[k - 1]]) leftYes++;
        const lo = x[sorted[k - 1]][f];
        const hi = x[sorted[k]][f];
        if (lo === hi || k < minLeaf || sorted.length - k < minLeaf) continue;
        const cost = k * gini(leftYes, k) + (sorted.length - k) * gini(yes - leftYes, sorted.length - k);
        if (cost < parent - 1e-12 && (!best || cost < best.cost - 1e-12))
          best = { factor: f, threshold: (lo + hi) / 2, cost };
      }
    }
    if (!best) return node;
    const { factor, threshold } = best;
    const left = idx.filter((i) => x[i][factor] < threshold);
    const right = idx.filter((i) => x[i][factor] >= threshold);
    node.split = { factor, threshold, left: grow(left, d - 1), right: grow(right, d - 1) };
    return node;
  };
  return grow(
    x.map((_, i) => i),
    depth,
  );
}

const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString());

/**
 * The tree in words, one line per leaf: where the outcome holds, e.g.
 * `markup < 0.452 and sizeEffect ≥ 0.1: holds at 28 of 30 points`.
 */
export function treeInWords(node: TreeNode, outcome = "holds"): string[] {
  const lines: string[] = [];
  const walk = (n: TreeNode, path: string[]) => {
    if (!n.split) {
      lines.push(
        `${path.length ? path.join(" and ") : "everywhere"}: ${outcome} at ${n.yes} of ${n.n} points`,
      );
      return;
    }
    const { factor, threshold, left, right } = n.split;
    walk(left, [...path, `${factor} < ${num(threshold)}`]);
    walk(right, [...path, `${factor} ≥ ${num(threshold)}`]);
  };
  walk(node, []);
  return lines;
}
