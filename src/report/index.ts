export { bandChart, morrisChart, sobolChart, summaryChart } from "./charts.ts";
export { renderReport } from "./html.ts";
export { type LoadOptions, loadReportData } from "./load.ts";
export { renderSvg } from "./svg.ts";
export type { ReportData, ReportManifest } from "./types.ts";
export { type WriteReportOptions, type WriteReportResult, writeFactsReport, writeReport } from "./write.ts";
