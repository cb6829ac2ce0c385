import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnyModel } from "../engine/model.ts";
import { UserError } from "../scenario/errors.ts";

/** Does a value look like a model (the fields the machinery relies on)? */
function isModel(x: unknown): x is AnyModel {
  const m = x as Partial<AnyModel> | null;
  return (
    m !== null &&
    typeof m === "object" &&
    typeof m.name === "string" &&
    typeof m.version === "string" &&
    typeof m.create === "function" &&
    Array.isArray(m.metrics) &&
    typeof m.stepsPerUnit === "number" &&
    typeof m.params === "object"
  );
}

/**
 * Can a worker (a thread, or a worker process) run this model? Yes for the default list's own
 * models (found by name) and for a model with a `module` (imported from there); a model given by
 * value without one runs inline only.
 */
export function workersCanRun(
  model: AnyModel,
  defaults: { get(name: string): AnyModel | undefined },
): boolean {
  return model === defaults.get(model.name) || typeof model.module === "string";
}

/** A module specifier as a URL a worker can import: a file path (relative to `cwd`) or a URL as it is. */
export function moduleUrl(specifier: string, cwd = process.cwd()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !/^[a-z]:[\\/]/i.test(specifier)) return specifier;
  return pathToFileURL(isAbsolute(specifier) ? specifier : resolve(cwd, specifier)).href;
}

/** Modules loaded so far, by reference (a worker thread runs many runs of one model). */
const loaded = new Map<string, Promise<AnyModel>>();

/**
 * The model a module exports, with `module` set to where workers import it: `reference` is a
 * module path or URL, with `#<export>` to name the export (without: the default export, or the one
 * export that is a model). A worker thread given a run of this model imports the same reference,
 * so a model that is not in the default list can run on worker threads (and, on worker processes
 * started with it, through Redis).
 */
export function loadModelModule(reference: string, cwd = process.cwd()): Promise<AnyModel> {
  const hash = reference.lastIndexOf("#");
  const specifier = hash < 0 ? reference : reference.slice(0, hash);
  const exportName = hash < 0 ? undefined : reference.slice(hash + 1);
  const url = moduleUrl(specifier, cwd);
  const key = `${url}#${exportName ?? ""}`;
  let p = loaded.get(key);
  if (!p) {
    p = importModel(url, exportName);
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

async function importModel(url: string, exportName: string | undefined): Promise<AnyModel> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    throw new UserError(`model module ${url}: cannot import it: ${(e as Error).message.split("\n")[0]}`);
  }
  let name = exportName;
  if (name === undefined) {
    const models = Object.keys(mod).filter((k) => isModel(mod[k]));
    if (isModel(mod.default)) name = "default";
    else if (models.length === 1) name = models[0];
    else
      throw new UserError(
        models.length === 0
          ? `model module ${url}: it exports no model`
          : `model module ${url}: it exports ${models.length} models (${models.join(", ")}): name one with ${url}#<export>`,
      );
  }
  const model = mod[name];
  if (!isModel(model))
    throw new UserError(
      `model module ${url}: its export '${name}' is not a model (name, version, params, metrics, create)`,
    );
  const module = name === "default" ? url : `${url}#${name}`;
  return model.module === module ? model : { ...model, module };
}
