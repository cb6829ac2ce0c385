/**
 * Echoing input in messages. A key, value or name taken from a file or a flag may hold newlines,
 * ANSI escape sequences or other control characters; printed raw, it would split a one-line
 * error into several (forging a second `refusal: ...` line) or drive the terminal. These
 * functions show every such character as an escape: `\n`, `\r`, `\t`, `\xHH` for the other C0
 * and C1 controls and DEL, `\uXXXX` for line/paragraph separators, bidirectional controls, the
 * byte-order mark and lone surrogates.
 */

// C0 controls, DEL, C1 controls; U+2028/2029; bidi marks, embeddings, overrides and isolates;
// the BOM; lone surrogates (a high one not followed by a low one, a low one not preceded by a high one).
const UNSAFE = new RegExp(
  "[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g",
);

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `s` with every unsafe character escaped (see the file comment); other text, backslashes
 * included, unchanged. Safe to apply to a whole message: it never adds a line break.
 */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/** Text cut to `max` characters (with `…`), so that a huge value does not flood a message. */
function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * Input text in single quotes for a message: `'stpe'`. Backslashes and quotes are escaped as
 * well, so the quoted form says exactly what the input held. Cut at `max` characters.
 */
export function quote(value: unknown, max = 80): string {
  const s = clip(String(value), max).replace(/[\\']/g, (c) => `\\${c}`);
  return `'${escapeControls(s)}'`;
}

/** Input text in double quotes, JSON-like: `"abc"`, `"a\nb"`, `"\x1b[31m"`. Cut at `max` characters. */
export function quoteJson(value: unknown, max = 80): string {
  const s = clip(String(value), max).replace(/[\\"]/g, (c) => `\\${c}`);
  return `"${escapeControls(s)}"`;
}
