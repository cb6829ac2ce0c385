/**
 * The lab's one door into the engine and the models: everything comes from `src/api.ts`, the
 * browser-safe public surface.
 */
export {
  type AnyModel,
  describeParams,
  getModel,
  listModels,
  type ParamInfo,
  type Scenario,
  Stepper,
  type StepperFailure,
  type StepperStatus,
  scenarioFromText,
  type WorkplaceCells,
} from "../../src/api.ts";
