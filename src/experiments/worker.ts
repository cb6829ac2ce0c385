import { Piscina } from "piscina";
import type { AnyModel } from "../engine/model.ts";
import { registry } from "../models/index.ts";
import { executeRun, failedRun, type RunOutcome } from "./execute-run.ts";
import { loadModelModule } from "./model-module.ts";
import type { RunSpec } from "./specs.ts";

/**
 * Worker-thread entry: run one spec and hand its typed arrays over without copying. The model is
 * the default list's, or the one the spec's `modelModule` exports (imported once per thread).
 */
export default async function runInWorker(spec: RunSpec): Promise<unknown> {
  let model: AnyModel | undefined;
  let out: RunOutcome;
  try {
    model = spec.modelModule ? await loadModelModule(spec.modelModule) : registry.get(spec.model);
    out = executeRun(
      spec,
      (n) => (model?.name === n ? model : undefined),
      () => performance.now(),
    );
  } catch (e) {
    out = failedRun(spec, (e as Error).message); // the module could not be imported
  }
  const buffers = [out.series.t.buffer, ...out.series.values.map((v) => v.buffer)];
  return Piscina.move({
    [Piscina.transferableSymbol]: buffers,
    [Piscina.valueSymbol]: out,
  } as never);
}
