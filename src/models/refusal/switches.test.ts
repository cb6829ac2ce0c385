import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run, scenarioFromText } from "../../api.ts";
import { REFUSAL_MECHANISMS } from "./switches.ts";

/**
 * Mechanisms that never act in this version, with the reason; the test checks that they are
 * indeed inert, so that it fails (and the entry must move) once they act.
 */
const INERT: Record<string, string> = {
  // Every worker at a firm earns its posted wage (hires get it, raises apply to all), so the wage
  // distance to the firm's mean is always 0. Class composition that changes with technique is
  // the subject of a later issue (¶12 ¶32).
  "M11-homogeneity": "strategy: bargaining",
};

/** Where each mechanism acts: the strategy and regime under which switching it off must show. */
const WHERE: Record<string, string> = {
  M1: "strategy: refusal",
  M2: "strategy: bargaining",
  M3: "strategy: none",
  "M3-strikes": "strategy: refusal",
  "M4-automate": "strategy: passivity",
  "M4-hire-around": "strategy: general-strike",
  // at the default trigger the State represses before any strike: no firm needs to call for it
  "M4-repression": "strategy: general-strike, regime: repression, repressionTrigger: 0.5",
  M5: "strategy: bargaining",
  M6: "strategy: bargaining",
  "M7-incomes": "regime: planning",
  "M7-spending": "regime: planning",
  "M7-benefits": "regime: planning",
  "M7-recognition": "strategy: bargaining, regime: planning",
  M8: "strategy: passivity",
  "M8-supervision": "strategy: passivity",
  "M9-veto": "strategy: refusal",
  "M9-rotation": "strategy: refusal",
  "M9-aid": "strategy: refusal",
  M10: "strategy: general-strike",
  M11: "strategy: bargaining",
  "M11-size": "strategy: bargaining",
  "M11-wins": "strategy: bargaining",
  "M11-unemployment": "strategy: bargaining",
  "M12-deals": "strategy: bargaining",
  M13: "strategy: refusal, regime: repression",
  "M13-decay": "strategy: refusal, regime: repression",
  "markup-recovery": "strategy: bargaining",
};

function hash(where: string, off: Record<string, unknown>): string {
  const extra = Object.entries(off)
    .map(([k, v]) => `, ${k}: ${v}`)
    .join("");
  const text = `model: refusal\nparams: {workers: 2000, firms: 20, burnInYears: 5, ${where}${extra}}\nhorizon: 20\nseed: 3\n`;
  return run(scenarioFromText(text, "switch.yaml")).hash;
}

describe("refusal's mechanism switches", () => {
  it("every mechanism has a place where it acts", () => {
    expect(REFUSAL_MECHANISMS.map((m) => m.id).sort()).toEqual(
      [...Object.keys(WHERE), ...Object.keys(INERT)].sort(),
    );
  });

  const base = new Map<string, string>();
  for (const m of REFUSAL_MECHANISMS) {
    if (m.id in INERT) {
      it(`${m.id} is inert in this version (switching it off changes nothing)`, () => {
        expect(hash(INERT[m.id], m.off)).toBe(hash(INERT[m.id], {}));
      });
      continue;
    }
    it(`switching ${m.id} off (${Object.keys(m.off).join(", ")}) changes the run where it acts`, () => {
      const where = WHERE[m.id];
      if (!base.has(where)) base.set(where, hash(where, {}));
      expect(hash(where, m.off)).not.toBe(base.get(where));
    });
  }
});

describe("the model README", () => {
  it("lists every mechanism switch", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    for (const m of REFUSAL_MECHANISMS) expect(readme, m.id).toContain(`| ${m.id} |`);
  });
});
