/** The report's inline style sheet (no external fonts or files). */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 0 auto; max-width: 980px; padding: 0 16px 48px; }
h1 { font-size: 1.7em; margin: 1em 0 0.2em; }
h2 { font-size: 1.4em; margin: 1.6em 0 0.4em; border-bottom: 2px solid #4e79a7; padding-bottom: 0.15em; }
h3 { font-size: 1.15em; margin: 1.4em 0 0.4em; }
h4 { font-size: 1em; margin: 1.1em 0 0.3em; font-family: ui-monospace, Menlo, Consolas, monospace; }
p.description { font-size: 1.05em; font-style: italic; }
p.note, ul.notes li { color: #6a4a00; }
ul.notes { background: #fff8e1; border-left: 4px solid #edc948; padding: 0.5em 0.5em 0.5em 2em; }
table { border-collapse: collapse; margin: 0.4em 0 1em; font-size: 0.88em; }
th, td { border: 1px solid #d6d9de; padding: 2px 7px; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.facts th { width: 11em; }
figure { margin: 0.6em 0 1.2em; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.85em; color: #555; }
pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: 8px 10px; overflow-x: auto; font-size: 0.82em; }
code, td.mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
span.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; vertical-align: -0.1em; margin-right: 4px; }
nav ul { padding-left: 1.2em; }
span.verdict { font-weight: 600; padding: 0 4px; border-radius: 3px; }
span.verdict.holds { background: #dcfce7; color: #14532d; }
span.verdict.fails { background: #fee2e2; color: #7f1d1d; }
span.verdict.inconclusive { background: #f3f4f6; color: #374151; }
span.verdict.holds-by-assumption { background: #fef9c3; color: #713f12; }
span.verdict.negligible { background: #e0e7ff; color: #312e81; }
span.verdict.not-decided { background: #f3f4f6; color: #374151; font-style: italic; }
p.smoke { border: 2px dashed #b45309; padding: 6px 10px; color: #7c2d12; font-weight: 600; }
`;
