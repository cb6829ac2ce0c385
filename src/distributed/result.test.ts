import { describe, expect, it } from "vitest";
import { executeRun } from "../experiments/execute-run.ts";
import { parseExperiment } from "../experiments/experiment-file.ts";
import { buildRunSpecs } from "../experiments/specs.ts";
import { registry } from "../models/index.ts";
import { failureText } from "./collect.ts";
import { decodeResult, encodeResult, failedOutcome, PROTOCOL } from "./result.ts";

const through = (v: unknown) => JSON.parse(JSON.stringify(v));

describe("run results through Redis", () => {
  it("encodeResult() then decodeResult() through JSON gives back executeRun()'s outcome exactly", () => {
    const exp = parseExperiment(
      "name: r\nmodel: goodwin\nseeds: 1\nhorizon: 20\nrecord: {series: all, every: 7}\n",
      "r.yaml",
      registry,
    );
    const [spec] = buildRunSpecs(exp, registry.get("goodwin")!, [{ index: 0, values: {} }]);
    const out = executeRun(spec, (n) => registry.get(n));
    const back = decodeResult(through(encodeResult(out, "host:1")));
    expect(back.worker).toBe("host:1");
    expect(back.outcome).toStrictEqual(out);
  });

  it("decodeResult() refuses another protocol and anything that is not a run outcome", () => {
    const ok = encodeResult(failedOutcome("k", "x"), "w") as Record<string, unknown>;
    expect(decodeResult(through(ok)).outcome.status).toBe("error");
    expect(() => decodeResult({ ...ok, v: PROTOCOL + 1 })).toThrow(/protocol/);
    expect(() => decodeResult(null)).toThrow(/not an object/);
    expect(() => decodeResult({ v: PROTOCOL, outcome: { runKey: "k", status: "fine" } })).toThrow(
      /not a run outcome/,
    );
  });

  it("failedOutcome() is an error run with no series and the reason as its text", () => {
    expect(failedOutcome("k", "why")).toMatchObject({
      runKey: "k",
      status: "error",
      errorText: "why",
      steps: 0,
    });
  });

  it("failureText() explains a job whose workers kept dying, and passes other reasons on", () => {
    expect(failureText("job stalled more than allowable limit")).toMatch(/its worker died every time/);
    expect(failureText("boom")).toBe("the job failed in the queue: boom");
  });
});
