/**
 * Typed-array agent tables: agent state as a struct of arrays, one typed array per column, no
 * object per agent. A row id is an index into every column. Ids of removed rows are reused
 * (last freed, first reused). When the table is full, `add()` doubles the capacity by replacing
 * every column with a larger array: callers must re-read `table.cols.x` after an `add()`.
 */

/** Element types a column can have, named after their typed array. */
export type ColumnType = "f64" | "f32" | "i32" | "u32" | "i16" | "u16" | "i8" | "u8";

/** The typed array that stores a column of the given element type. */
export type ColumnArray<T extends ColumnType> = T extends "f64"
  ? Float64Array
  : T extends "f32"
    ? Float32Array
    : T extends "i32"
      ? Int32Array
      : T extends "u32"
        ? Uint32Array
        : T extends "i16"
          ? Int16Array
          : T extends "u16"
            ? Uint16Array
            : T extends "i8"
              ? Int8Array
              : Uint8Array;

/** A table's columns: a name and an element type each, e.g. `{ money: "f64", employer: "i32" }`. */
export type ColumnSpec = Record<string, ColumnType>;

/** The arrays of a table, keyed by column name. */
export type Columns<S extends ColumnSpec> = { [K in keyof S]: ColumnArray<S[K]> };

type AnyTypedArrayCtor =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int8ArrayConstructor
  | Uint8ArrayConstructor;

const CTORS: Record<ColumnType, AnyTypedArrayCtor> = {
  f64: Float64Array,
  f32: Float32Array,
  i32: Int32Array,
  u32: Uint32Array,
  i16: Int16Array,
  u16: Uint16Array,
  i8: Int8Array,
  u8: Uint8Array,
};

/** Bytes taken by one element of a column of this type. */
export function columnBytes(type: ColumnType): number {
  return CTORS[type].BYTES_PER_ELEMENT;
}

/** A zero-filled column of `length` elements of the given type. */
export function newColumn<T extends ColumnType>(type: T, length: number): ColumnArray<T> {
  return new CTORS[type](length) as ColumnArray<T>;
}

/** Largest capacity a table accepts: row ids must fit in an Int32Array. */
export const MAX_CAPACITY = 2 ** 31 - 1;

/**
 * A struct-of-arrays table of agents.
 *
 * Bookkeeping per row: one byte of liveness (`alive`), plus four bytes of free-list stack once a
 * row has been removed (the stack is allocated on the first `remove()`, so a table of a fixed
 * population never pays for it). {@link AgentTable.bytesPerRow} counts both.
 */
export class AgentTable<S extends ColumnSpec> {
  /** Column name -> element type, as declared. */
  readonly spec: Readonly<S>;
  /** The columns. Replaced by larger arrays when the table grows: re-read after `add()`. */
  cols: Columns<S>;
  /** 1 where the row holds a live agent, 0 where it is free or never used. */
  alive: Uint8Array;
  /** Rows the arrays can hold without growing. */
  capacity: number;
  /** Live rows. */
  count = 0;
  /** One past the highest row id ever handed out: live ids are all below it. */
  highWater = 0;
  private free: Int32Array | null = null;
  private freeTop = 0;

  constructor(spec: S, initialCapacity = 16) {
    if (!(Number.isInteger(initialCapacity) && initialCapacity >= 1 && initialCapacity <= MAX_CAPACITY))
      throw new RangeError(`initialCapacity must be an integer in [1, 2^31-1], got ${initialCapacity}`);
    for (const [name, type] of Object.entries(spec))
      if (!(type in CTORS)) throw new TypeError(`column '${name}': unknown type '${type}'`);
    this.spec = spec;
    this.capacity = initialCapacity;
    this.cols = this.allocate(initialCapacity);
    this.alive = new Uint8Array(initialCapacity);
  }

  /** A table holding exactly `n` live rows with ids 0..n-1 (all columns zero): a fixed population. */
  static withRows<S extends ColumnSpec>(spec: S, n: number): AgentTable<S> {
    const t = new AgentTable(spec, Math.max(1, n));
    t.alive.fill(1, 0, n);
    t.count = n;
    t.highWater = n;
    return t;
  }

  /**
   * Add a row with every column zero and return its id: the most recently freed id if any,
   * else the next unused one (doubling the capacity when full, which replaces `cols`).
   */
  add(): number {
    let id: number;
    if (this.freeTop > 0) {
      id = (this.free as Int32Array)[--this.freeTop];
      for (const name in this.cols) this.cols[name][id] = 0;
    } else {
      if (this.highWater === this.capacity) this.grow(Math.min(MAX_CAPACITY, this.capacity * 2));
      id = this.highWater++;
    }
    this.alive[id] = 1;
    this.count++;
    return id;
  }

  /** Remove a live row; its id will be handed out again by a later `add()`. */
  remove(id: number): void {
    if (!this.isAlive(id)) throw new RangeError(`remove(${id}): no live row with this id`);
    this.alive[id] = 0;
    if (this.free === null || this.free.length < this.capacity) {
      const f = new Int32Array(this.capacity);
      if (this.free) f.set(this.free.subarray(0, this.freeTop));
      this.free = f;
    }
    this.free[this.freeTop++] = id;
    this.count--;
  }

  /** Whether `id` is the id of a live row. */
  isAlive(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.highWater && this.alive[id] === 1;
  }

  /** Ensure room for `capacity` rows without further growth (never shrinks). */
  reserve(capacity: number): void {
    if (capacity > this.capacity) this.grow(capacity);
  }

  /**
   * Bytes of memory per row of capacity: the declared columns, the liveness byte, and the
   * free-list slot once the free list exists.
   */
  bytesPerRow(): number {
    let b = 1 + (this.free ? 4 : 0);
    for (const type of Object.values(this.spec)) b += columnBytes(type);
    return b;
  }

  /** Bytes held by the table's arrays (capacity x bytesPerRow). */
  bytes(): number {
    return this.capacity * this.bytesPerRow();
  }

  /** Calls `fn(id)` for every live row, in increasing id order. */
  forEach(fn: (id: number) => void): void {
    const alive = this.alive;
    for (let id = 0; id < this.highWater; id++) if (alive[id] === 1) fn(id);
  }

  private allocate(capacity: number): Columns<S> {
    const cols = {} as Record<string, ArrayLike<number>>;
    for (const [name, type] of Object.entries(this.spec))
      cols[name] = newColumn(type as ColumnType, capacity);
    return cols as Columns<S>;
  }

  private grow(capacity: number): void {
    if (capacity <= this.capacity) throw new RangeError(`agent table is full (capacity ${this.capacity})`);
    const next = this.allocate(capacity);
    for (const name in this.cols) (next[name] as Float64Array).set(this.cols[name] as Float64Array);
    this.cols = next;
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    if (this.free) {
      const f = new Int32Array(capacity);
      f.set(this.free.subarray(0, this.freeTop));
      this.free = f;
    }
    this.capacity = capacity;
  }
}
