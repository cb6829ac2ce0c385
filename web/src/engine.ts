/**
 * The lab's one door into the engine and the models: everything comes from `src/api.ts`, the
 * browser-safe public surface.
 */
export {
  type AnyModel,
  DivergedError,
  describeParams,
  getModel,
  InvariantError,
  listModels,
  type ParamInfo,
  type Scenario,
  SeriesHasher,
  type Simulation,
  scenarioFromText,
  streams,
  type WorkplaceCells,
} from "../../src/api.ts";
