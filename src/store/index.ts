export { seriesPathFor } from "./export.ts";
export { type OpenOptions, openQueryStore, Store } from "./store.ts";
export type {
  ExperimentListing,
  ExperimentRecord,
  ExportFormat,
  ExportResult,
  PlainValue,
  PlannedRun,
  QueryResult,
  RunRecord,
  StoredDesign,
  StoredRunStatus,
  StoredSeries,
} from "./types.ts";
