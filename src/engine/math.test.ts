import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cos, exp, log, log1p, sin } from "./math.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });
}

describe("deterministic math", () => {
  it("exp(), log(), log1p(), sin(), cos() agree with the exact values to within one ulp", () => {
    expect(exp(0)).toBe(1);
    expect(Math.abs(exp(1) - Math.E)).toBeLessThanOrEqual(Number.EPSILON * Math.E);
    expect(Math.abs(log(Math.E) - 1)).toBeLessThanOrEqual(Number.EPSILON);
    expect(log(1)).toBe(0);
    expect(log1p(0)).toBe(0);
    expect(sin(0)).toBe(0);
    expect(cos(0)).toBe(1);
    for (const x of [-700, -3.5, -1e-9, 0.5, 2, 10, 700]) expect(log(exp(x))).toBeCloseTo(x, 12);
  });

  it("no model and no engine file calls Math.exp, log, pow, sin, cos, ... or ** with an exponent other than 2", () => {
    const offenders: string[] = [];
    for (const f of [...sources("src/models"), ...sources("src/engine")]) {
      if (f.endsWith("math.ts")) continue;
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, "").replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '""');
          if (/^\s*\*/.test(code)) return; // doc comments
          if (
            /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\(/.test(
              code,
            )
          )
            offenders.push(`${f}:${i + 1}`);
          // `**` is Math.pow: exact for an exponent of 2 (x * x) and for powers of two, engine-defined otherwise.
          for (const m of code.matchAll(/([\w.)\]]+)\s*\*\*\s*([\w.(-]+)/g)) {
            const [, base, exponent] = m;
            if (exponent !== "2" && !/(^|[^\w.])2$/.test(base) && base !== "2")
              offenders.push(`${f}:${i + 1} (${m[0]})`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });
});
