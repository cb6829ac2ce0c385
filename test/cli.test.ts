import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "refusal-cli-"));

/** A user error: exit code 2, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectUserError(r: ReturnType<typeof cli>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("refusal run", () => {
  it("run keen --set omega0=0.75 --set lambda0=0.7 --horizon 300 --json prints one JSON object with status and where it stopped", () => {
    const r = cli([
      "run",
      "keen",
      "--set",
      "omega0=0.75",
      "--set",
      "lambda0=0.7",
      "--horizon",
      "300",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        "model",
        "modelVersion",
        "params",
        "seed",
        "horizon",
        "status",
        "final",
        "summary",
        "hash",
      ]),
    );
    expect(j).toMatchObject({ model: "keen", horizon: 300, seed: 0 });
    expect(j.params).toMatchObject({ omega0: 0.75, lambda0: 0.7 });
    // Grasselli & Costa Lima's divergent example: a debt explosion, reported with its time, never NaN.
    expect(j.status).toBe("diverged");
    expect(j.failure.variable).toBe("d");
    expect(j.failure.t).toBeGreaterThan(50);
    expect(j.failure.t).toBeLessThan(300);
    for (const v of Object.values(j.final)) expect(Number.isFinite(v)).toBe(true);
  });

  it("run goodwin --json twice gives the same hash; another start gives another", () => {
    const a = JSON.parse(cli(["run", "goodwin", "--json", "--horizon", "20"]).stdout);
    const b = JSON.parse(cli(["run", "goodwin", "--json", "--horizon", "20"]).stdout);
    const c = JSON.parse(cli(["run", "goodwin", "--json", "--horizon", "20", "--set", "omega0=0.81"]).stdout);
    expect(a.status).toBe("ok");
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it("run goodwin --out x.csv writes a header t,omega,lambda and a row at least once per year", () => {
    const out = join(tmp, "g.csv");
    const r = cli(["run", "goodwin", "--horizon", "10", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toBe("t,omega,lambda");
    const ts = lines.slice(1).map((l) => Number(l.split(",")[0]));
    expect(ts[0]).toBe(0);
    expect(ts[ts.length - 1]).toBe(10);
    for (let i = 1; i < ts.length; i++) expect(ts[i] - ts[i - 1]).toBeLessThanOrEqual(1);
  });

  it("run --out x.json writes the columns and rows as JSON, and --check passes on goodwin", () => {
    const out = join(tmp, "g.json");
    const r = cli(["run", "goodwin", "--horizon", "5", "--check", "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(out, "utf8"));
    expect(j.columns).toEqual(["t", "omega", "lambda"]);
    expect(j.rows[0][0]).toBe(0);
    expect(j.meta.model).toBe("goodwin");
    expect(JSON.parse(r.stdout).status).toBe("ok");
  });

  it("run without --json prints a readable summary with status, final values and the hash", () => {
    const r = cli(["run", "keen", "--horizon", "50"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/keen 1\.\d+\.\d+ +seed 0 +horizon 50 years +status ok/);
    expect(r.stdout).toMatch(/omega +\d/);
    expect(r.stdout).toMatch(/hash +[0-9a-f]{64}/);
  });

  it("run --check exits 1 with status invariant-failed when an invariant breaks", () => {
    const r = cli([
      "run",
      "goodwin",
      "--horizon",
      "20",
      "--check",
      "--set",
      "checkTol=1e-15",
      "--set",
      "rtol=1e-4",
      "--json",
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe("invariant-failed");
    expect(j.failure.step).toBeGreaterThan(0);
  });

  it("run a scenario file with overrides on top", () => {
    const r = cli(["run", "src/models/keen/scenarios/convergent.yaml", "--horizon", "10", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ horizon: 10, params: { lambda0: 0.75 } });
  });
});

describe("bad input: one line, exit 2", () => {
  it("--set nu=abc names the flag, the field and what was expected", () => {
    expectUserError(
      cli(["run", "goodwin", "--set", "nu=abc"]),
      /^refusal: --set nu=abc: params\.nu: expected number, got string "abc"$/,
    );
  });

  it("--horizon -5 and --seed x are refused", () => {
    expectUserError(
      cli(["run", "goodwin", "--horizon", "-5"]),
      /--horizon: expected a number > 0 and <= 10000000, got "-5"/,
    );
    expectUserError(
      cli(["run", "goodwin", "--seed", "x"]),
      /--seed: expected an integer from 0 to 9007199254740991/,
    );
  });

  it("a model name that does not exist suggests the closest one", () => {
    expectUserError(cli(["run", "goodwn"]), /unknown model 'goodwn' \(did you mean 'goodwin'\?\)/);
  });

  it("a typo in a scenario key names file:line:col and the closest key", () => {
    const f = join(tmp, "typo.yaml");
    writeFileSync(f, "model: keen\nparams:\n  omega0: 0.7\n  lamda0: 0.7\n");
    expectUserError(
      cli(["run", f]),
      new RegExp(`^refusal: ${f}:4:3: params\\.lamda0: unknown key 'lamda0' \\(did you mean 'lambda0'\\?\\)`),
    );
  });

  it("a YAML file with a tab is refused with its position", () => {
    const f = join(tmp, "tab.yaml");
    writeFileSync(f, "model: keen\nparams:\n\tomega0: 0.7\n");
    expectUserError(cli(["validate", f]), new RegExp(`^refusal: ${f}:3:1: .*tab`, "i"));
  });

  it("a missing file, an unknown option and an unknown command are one-line errors", () => {
    expectUserError(cli(["run", "nope/missing.yaml"]), /nope\/missing\.yaml: cannot read: no such file/);
    expectUserError(cli(["run", "goodwin", "--frobnicate"]), /unknown option '--frobnicate'/);
    expectUserError(cli(["frob"]), /unknown command 'frob'/);
  });

  it("bad input leaves an existing --out file untouched", () => {
    const out = join(tmp, "keep.csv");
    writeFileSync(out, "precious\n");
    expectUserError(cli(["run", "goodwin", "--set", "nu=-1", "--out", out]), /params\.nu/);
    expect(readFileSync(out, "utf8")).toBe("precious\n");
    expectUserError(cli(["run", "goodwin", "--out", join(tmp, "no/such/dir/x.csv")]), /cannot write/);
    expect(existsSync(join(tmp, "no"))).toBe(false);
  });
});

describe("refusal models, validate, schema, --help", () => {
  it("models lists every model with its parameters, defaults and meanings", () => {
    const r = cli(["models"]);
    expect(r.code).toBe(0);
    for (const m of ["goodwin", "keen"]) expect(r.stdout).toMatch(new RegExp(`^${m} \\(v`, "m"));
    expect(r.stdout).toMatch(/nu +?= 3 +capital-output ratio/);
  });

  it("validate accepts a good file and schema prints a JSON Schema", () => {
    const v = cli(["validate", "src/models/goodwin/scenarios/cycle.yaml"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/: ok \(model goodwin/);
    const s = JSON.parse(cli(["schema", "keen"]).stdout);
    expect(s.properties.params.properties.k2.default).toBe(20);
    expect(s.additionalProperties).toBe(false);
  });

  it("--help works on every command", () => {
    for (const c of [[], ["run"], ["models"], ["validate"], ["schema"], ["demo"]]) {
      const r = cli([...c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: refusal/);
    }
  });
});
