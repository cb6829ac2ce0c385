export { seriesPathFor } from "./export.ts";
export { type OpenOptions, Store } from "./store.ts";
export type {
  ExperimentListing,
  ExperimentRecord,
  ExportFormat,
  ExportResult,
  PlainValue,
  PlannedRun,
  QueryResult,
  RunRecord,
  StoredRunStatus,
  StoredSeries,
} from "./types.ts";
