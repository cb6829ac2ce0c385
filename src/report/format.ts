/**
 * Text helpers of the report: HTML escaping, number formatting, shell quoting. Pure functions.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A number for a table cell: integers as they are (up to 1e15), others with 4 significant digits
 * (trailing zeros dropped), very small or large magnitudes in exponent form; NaN as an en dash.
 */
export function fmtNum(x: number): string {
  if (Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) {
    const s = x.toPrecision(4);
    return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  }
  return x.toExponential(3).replace(/\.?0+e/, "e");
}

/** A factor value (number, string or boolean) as short text. */
export function fmtValue(v: unknown): string {
  if (typeof v === "number") return fmtNum(v);
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? "";
}

/** A word for a POSIX shell: left bare when it is only safe characters, single-quoted otherwise. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, "'\\''")}'`;
}

/** A string as an SQL literal (single quotes doubled). */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** An HTML id fragment: letters, digits, '-' and '_' kept, anything else as '-'. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "x";
}
