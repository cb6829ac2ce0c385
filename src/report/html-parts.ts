/**
 * Small HTML builders of the report: tables, headings, figures. Every piece of text goes through
 * `escapeHtml` here; only markup built by these functions (and SVG from the chart renderer) is
 * passed on unescaped, as `Html` values.
 */
import { escapeHtml } from "./format.ts";

/** Markup that is already safe (built here, or SVG from the chart renderer). */
export interface Html {
  readonly html: string;
}

/** Mark trusted markup. */
export const raw = (html: string): Html => ({ html });

/** A cell or a piece of content: text (escaped) or markup. */
export type Content = string | Html;

export function content(c: Content): string {
  return typeof c === "string" ? escapeHtml(c) : c.html;
}

/** `<tag attrs>content</tag>` with escaped attribute values. */
export function el(tag: string, attrs: Record<string, string | undefined>, ...children: Content[]): Html {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join("");
  return raw(`<${tag}${a}>${children.map(content).join("")}</${tag}>`);
}

/** Join pieces of markup with newlines. */
export function join(parts: readonly (Html | undefined | false)[]): Html {
  return raw(
    parts
      .filter((p): p is Html => !!p)
      .map((p) => p.html)
      .join("\n"),
  );
}

/** A table with a header row; `numeric` marks columns to right-align. */
export function table(
  head: readonly Content[],
  rows: readonly (readonly Content[])[],
  numeric: readonly boolean[] = [],
): Html {
  const cls = (i: number) => (numeric[i] ? { class: "num" } : {});
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...head.map((h, i) => el("th", cls(i), h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c, i) => el("td", cls(i), c))))),
  );
}

/** A two-column table of facts: a header cell and a value per row. */
export function factsTable(rows: readonly (readonly [string, Content])[]): Html {
  return el(
    "table",
    { class: "facts" },
    el("tbody", {}, ...rows.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))),
  );
}

/** A heading with an id (for links). */
export function heading(level: 2 | 3 | 4, id: string, text: Content): Html {
  return el(`h${level}`, { id }, text);
}

/** A chart: its SVG and a caption. */
export function figure(svg: string, caption: Content): Html {
  return el("figure", {}, raw(svg), el("figcaption", {}, caption));
}

/** A paragraph of text. */
export function para(text: Content, cls?: string): Html {
  return el("p", { class: cls }, text);
}

/** Preformatted text (escaped). */
export function pre(text: string): Html {
  return el("pre", {}, text);
}
