import { Piscina } from "piscina";
import { registry } from "../models/index.ts";
import { executeRun, type RunOutcome } from "./execute-run.ts";
import type { RunSpec } from "./specs.ts";

/** Worker-thread entry: run one spec and hand its typed arrays over without copying. */
export default function runInWorker(spec: RunSpec): unknown {
  const out: RunOutcome = executeRun(
    spec,
    (n) => registry.get(n),
    () => performance.now(),
  );
  const buffers = [out.series.t.buffer, ...out.series.values.map((v) => v.buffer)];
  return Piscina.move({
    [Piscina.transferableSymbol]: buffers,
    [Piscina.valueSymbol]: out,
  } as never);
}
