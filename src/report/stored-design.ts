import type { Design, DesignKind, MorrisRole, SobolRole } from "../experiments/designs/index.ts";
import type { StoredDesign } from "../store/index.ts";

/** What the report needs of a design: the factors in design order, the size, and its sensitivity design. */
export interface KnownDesign {
  kind: DesignKind;
  factors: string[];
  points: number;
  /** Morris and Sobol' designs: the points with their roles (what the indices need), values left out. */
  roles?: Design;
}

/** The design the sweep stored, as the report uses it. */
export function fromStored(d: StoredDesign): KnownDesign {
  const kind = d.kind as DesignKind;
  const roles = d.roles;
  return {
    kind,
    factors: [...d.factors],
    points: d.points,
    ...(roles?.length
      ? {
          roles: {
            kind,
            factors: [...d.factors],
            points: roles.map((role, index) => ({
              index,
              values: {},
              role: role as unknown as MorrisRole | SobolRole,
            })),
          },
        }
      : {}),
  };
}

/** A design expanded again from the experiment file (legacy-design.ts), as the report uses it. */
export function fromExpanded(d: Design): KnownDesign {
  return {
    kind: d.kind,
    factors: [...d.factors],
    points: d.points.length,
    ...(d.kind === "morris" || d.kind === "sobol" ? { roles: d } : {}),
  };
}
