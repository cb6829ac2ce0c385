import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { UserError } from "./errors.ts";
import { describeIssue, formatPath } from "./issues.ts";
import { quote } from "./quote.ts";

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
 * Keys refused anywhere in a data file (and in `--set`): in JavaScript they reach or replace an
 * object's prototype, and a schema would drop them without a word.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The message for a forbidden key at `path`. */
export function forbiddenKeyText(key: string): string {
  return `the key ${quote(key)} is not allowed (it names a JavaScript object's prototype); remove or rename it`;
}

/** True for a `.json` file name: such files are parsed as strict JSON. */
export const isJsonFile = (file: string): boolean => /\.json$/i.test(file);

/**
 * Parse a data file: strict JSON for a `.json` file (no trailing commas, comments or single
 * quotes), YAML otherwise. Nothing in it is evaluated: custom tags are refused and the result is
 * plain data. Duplicate keys (found in linear time, with a set per mapping), keys that are not
 * plain scalars, and the keys `__proto__`, `constructor` and `prototype` are refused. Every error
 * is a one-line {@link UserError} `file:line:col: message`.
 */
export function parseDataText(text: string, file: string): DataFile {
  return isJsonFile(file) ? parseJsonText(text, file) : parseYamlText(text, file);
}

/** `line:col` (1-based) of an offset, by a line table built once. */
function positions(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes (JSON allows no trailing comma)",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or the end of the object or array",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "expected the end of the file after the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "control character in a string",
};

function parseJsonText(text: string, file: string): DataFile {
  const pos = positions(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const err = errors[0];
  if (err) {
    const what = JSON_ERRORS[printParseErrorCode(err.error)] ?? "invalid JSON";
    throw new UserError(`${file}:${pos(err.offset)}: ${what} (a .json file must be strict JSON)`);
  }
  if (!root) throw new UserError(`${file}:1:1: an empty file (expected a JSON object)`);
  // Keys: duplicates and forbidden ones, iteratively (no recursion on deep nesting).
  const stack: { node: JsonNode; path: PropertyKey[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        const key = String(k?.value);
        if (FORBIDDEN_KEYS.has(key))
          throw new UserError(
            `${file}:${pos(k.offset)}: ${formatPath([...path, key])}: ${forbiddenKeyText(key)}`,
          );
        if (seen.has(key))
          throw new UserError(
            `${file}:${pos(k.offset)}: ${formatPath([...path, key])}: duplicate key ${quote(key)}`,
          );
        seen.add(key);
        if (v) stack.push({ node: v, path: [...path, key] });
      }
    } else if (node.type === "array") {
      const items = node.children ?? [];
      for (let i = 0; i < items.length; i++) stack.push({ node: items[i], path: [...path, i] });
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}:1:1: invalid JSON: ${(e as Error).message.split("\n")[0]}`);
  }
  const locate = (path: readonly PropertyKey[], atKey = false): string => {
    let node: JsonNode | undefined = root;
    let best = root.offset;
    for (let i = 0; i < path.length && node; i++) {
      const k = path[i];
      if (node.type === "object") {
        const prop: JsonNode | undefined = node.children?.find(
          (p) => String(p.children?.[0]?.value) === String(k),
        );
        if (!prop) break;
        const last = i === path.length - 1;
        best = prop.children![0].offset;
        node = last && atKey ? undefined : prop.children?.[1];
        if (node) best = node.offset;
      } else if (node.type === "array" && typeof k === "number" && node.children?.[k]) {
        node = node.children[k];
        best = node.offset;
      } else break;
    }
    return pos(best);
  };
  return { file, data, text, locate };
}

function parseYamlText(text: string, file: string): DataFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // The library's own check compares every pair of keys (quadratic); see checkKeys below.
    uniqueKeys: false,
    customTags: [],
    strict: true,
  });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return `${p.line}:${p.col}`;
  };
  const err = doc.errors[0];
  if (err) {
    let msg = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    if (err.code === "TAB_AS_INDENT") msg = `${msg} (YAML indents with spaces only; replace the tab)`;
    throw new UserError(`${file}:${pos(err.pos[0])}: ${msg}`);
  }
  const warning = doc.warnings[0];
  if (warning && /tag/i.test(warning.message)) {
    throw new UserError(
      `${file}:${pos(warning.pos[0])}: unsupported YAML tag (scenario files are plain data)`,
    );
  }
  checkKeys(doc.contents, file, pos);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // e.g. an alias to an anchor that is not defined, or an alias bomb
    throw new UserError(`${file}:1:1: ${(e as Error).message.split("\n")[0]}`);
  }
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
 * Refuse duplicate keys (one set per mapping: linear time), keys that are not plain scalars, and
 * forbidden keys, anywhere in a YAML node tree; iterative, so deep nesting cannot overflow the stack.
 */
export function checkKeys(root: unknown, file: string, pos: (offset: number) => string): void {
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const k = pair.key;
        const at = (k as { range?: number[] } | null)?.range?.[0] ?? 0;
        if (!isScalar(k))
          throw new UserError(
            `${file}:${pos(at)}: ${formatPath(path)}: expected a plain key (a name or number), got ${isAlias(k) ? "an alias" : "a collection"}`,
          );
        const key = String(k.value);
        if (FORBIDDEN_KEYS.has(key))
          throw new UserError(`${file}:${pos(at)}: ${formatPath([...path, key])}: ${forbiddenKeyText(key)}`);
        // Keys equal as text are the same key of the JavaScript object the file becomes (1 and "1").
        const id = key;
        if (seen.has(id))
          throw new UserError(
            `${file}:${pos(at)}: ${formatPath([...path, key])}: duplicate key ${quote(key)}`,
          );
        seen.add(id);
        stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
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
