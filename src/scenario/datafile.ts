import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { UserError } from "./errors.ts";
import { describeIssue, formatPath } from "./issues.ts";

/** A parsed YAML/JSON data file that remembers where each value came from. */
export interface DataFile {
  file: string;
  data: unknown;
  /** The text it was parsed from. */
  text: string;
  /** `line:col` of the value at `path` (of its key with `atKey`), or of the nearest enclosing node. */
  locate(path: readonly PropertyKey[], atKey?: boolean): string;
}

/**
 * Parse YAML (or JSON, which is YAML 1.2) text. Nothing in it is evaluated: custom tags are
 * refused and the result is plain data. Syntax errors become a one-line {@link UserError}
 * `file:line:col: message`.
 */
export function parseDataText(text: string, file: string): DataFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    customTags: [],
    strict: true,
  });
  const err = doc.errors[0];
  if (err) {
    const pos = lineCounter.linePos(err.pos[0]);
    const where = `${pos.line}:${pos.col}`;
    let msg = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    if (err.code === "TAB_AS_INDENT") msg = `${msg} (YAML indents with spaces only; replace the tab)`;
    throw new UserError(`${file}:${where}: ${msg}`);
  }
  const warning = doc.warnings[0];
  if (warning && /tag/i.test(warning.message)) {
    const pos = lineCounter.linePos(warning.pos[0]);
    throw new UserError(
      `${file}:${pos.line}:${pos.col}: unsupported YAML tag (scenario files are plain data)`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // e.g. an alias to an anchor that is not defined, or an alias bomb
    throw new UserError(`${file}:1:1: ${(e as Error).message.split("\n")[0]}`);
  }
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  const locate = (path: readonly PropertyKey[], atKey = false): string => {
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      if (n > 0) {
        const parent = doc.getIn(sub.slice(0, -1), true) as any;
        const key = sub[sub.length - 1];
        const items = parent?.items;
        if (Array.isArray(items)) {
          if (typeof key === "number" && items[key]?.range) return pos(items[key].range[0]);
          const pair = items.find((it: any) => it?.key && String(it.key.value ?? it.key) === String(key));
          if (pair?.value?.range && n === path.length && !atKey) return pos(pair.value.range[0]);
          if (pair?.key?.range) return pos(pair.key.range[0]);
        }
      } else {
        const node = doc.contents as any;
        if (node?.range) return pos(node.range[0]);
      }
    }
    return "1:1";
  };
  return { file, data, text, locate };
}

/**
 * Validate `value` (found at `prefix` inside the file) against a zod schema; the first issue
 * becomes `file:line:col: path: expected …, got …`.
 */
export function validateAt<T>(
  schema: z.ZodType<T>,
  value: unknown,
  df: DataFile,
  prefix: PropertyKey[] = [],
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const d = describeIssue(issue, value, schema);
  const full = [...prefix, ...d.path];
  throw new UserError(`${df.file}:${df.locate(full, d.atKey)}: ${formatPath(full)}: ${d.text}`);
}
