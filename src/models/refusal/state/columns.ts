import { type ColumnArray, type ColumnType, newColumn } from "../../../engine/agents.ts";

/**
 * An actor's table as one declaration: each column once, with its element type (the engine's
 * `ColumnType`), the value every row holds when allocated, and, for firm slots, whether the
 * column returns to that value when a firm leaves its slot (`exit`) or a new one takes it
 * (`entry`). Allocation and the row resets are derived from it.
 */
export interface Column<T extends ColumnType = ColumnType> {
  readonly type: T;
  readonly init: number;
  readonly exit: boolean;
  readonly entry: boolean;
}

/** When a firm-slot column returns to its initial value. */
export interface Recycling {
  readonly exit?: boolean;
  readonly entry?: boolean;
}

/** Reset when a firm exits. */
export const AT_EXIT: Recycling = { exit: true };
/** Reset when a firm enters the slot. */
export const AT_ENTRY: Recycling = { entry: true };
/** Reset when a firm exits and again when one enters. */
export const AT_EXIT_AND_ENTRY: Recycling = { exit: true, entry: true };

/** Declare a column: its type, initial value (default 0) and slot recycling (default: kept). */
export function column<T extends ColumnType>(type: T, init = 0, recycling: Recycling = {}): Column<T> {
  return { type, init, exit: recycling.exit === true, entry: recycling.entry === true };
}

export type TableSpec = Readonly<Record<string, Column>>;

/** The arrays of a declared table, one per column, indexed by row. */
export type Table<S extends TableSpec> = { readonly [K in keyof S]: ColumnArray<S[K]["type"]> };

/** Allocate a declared table of `rows` rows, every column at its initial value. */
export function allocateTable<S extends TableSpec>(spec: S, rows: number): Table<S> {
  const t: Record<string, ArrayLike<number>> = {};
  for (const [name, c] of Object.entries(spec)) {
    const a = newColumn(c.type, rows);
    if (c.init !== 0) a.fill(c.init);
    t[name] = a;
  }
  return t as Table<S>;
}

/** The names of the columns a recycling event resets, in declaration order. */
export function resetBy<S extends TableSpec>(
  spec: S,
  event: "exit" | "entry",
): readonly (keyof S & string)[] {
  return Object.keys(spec).filter((name) => spec[name][event]);
}

/** Set row `row` of the named columns back to their initial values. */
export function resetRow<S extends TableSpec>(
  table: Table<S>,
  spec: S,
  names: readonly (keyof S & string)[],
  row: number,
): void {
  for (const name of names) table[name][row] = spec[name].init;
}

/** Bytes of one row across a table's columns. */
export function bytesPerRow(spec: TableSpec): number {
  let b = 0;
  for (const c of Object.values(spec)) b += newColumn(c.type, 0).BYTES_PER_ELEMENT;
  return b;
}
