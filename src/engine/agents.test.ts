import { describe, expect, it } from "vitest";
import { AgentTable, columnBytes, newColumn } from "./agents.ts";

const SPEC = { money: "f64", employer: "i32", alive2: "u8" } as const;

describe("AgentTable", () => {
  it("newColumn() makes a zero-filled typed array of the column's type", () => {
    const c = newColumn("i16", 3);
    expect(c).toBeInstanceOf(Int16Array);
    expect(Array.from(c)).toEqual([0, 0, 0]);
  });

  it("new AgentTable() makes one typed array per declared column", () => {
    const t = new AgentTable(SPEC, 4);
    expect(t.cols.money).toBeInstanceOf(Float64Array);
    expect(t.cols.employer).toBeInstanceOf(Int32Array);
    expect(t.cols.alive2).toBeInstanceOf(Uint8Array);
    expect(t.cols.money.length).toBe(4);
    expect(t.count).toBe(0);
  });

  it("add() hands out consecutive ids and zeroed rows", () => {
    const t = new AgentTable(SPEC, 4);
    expect([t.add(), t.add(), t.add()]).toEqual([0, 1, 2]);
    expect(t.count).toBe(3);
    expect(t.cols.money[2]).toBe(0);
  });

  it("add() doubles the capacity when full and keeps every value", () => {
    const t = new AgentTable(SPEC, 2);
    for (let i = 0; i < 2; i++) {
      const id = t.add();
      t.cols.money[id] = 10.5 * (id + 1);
      t.cols.employer[id] = -id - 1;
    }
    const before = t.cols.money;
    const id = t.add();
    expect(t.capacity).toBe(4);
    expect(t.cols.money).not.toBe(before); // columns replaced: callers re-read
    expect(Array.from(t.cols.money.subarray(0, 2))).toEqual([10.5, 21]);
    expect(Array.from(t.cols.employer.subarray(0, 2))).toEqual([-1, -2]);
    expect(id).toBe(2);
    for (let i = 0; i < 100; i++) t.add();
    expect(t.capacity).toBe(128);
    expect(t.cols.money[1]).toBe(21);
    expect(t.count).toBe(103);
  });

  it("remove() frees an id that the next add() reuses, zeroed", () => {
    const t = new AgentTable(SPEC, 8);
    for (let i = 0; i < 5; i++) t.add();
    t.cols.money[3] = 7;
    t.cols.employer[1] = 9;
    t.remove(3);
    t.remove(1);
    expect(t.count).toBe(3);
    expect(t.isAlive(3)).toBe(false);
    expect(t.add()).toBe(1); // last freed, first reused
    expect(t.cols.employer[1]).toBe(0);
    expect(t.add()).toBe(3);
    expect(t.cols.money[3]).toBe(0);
    expect(t.add()).toBe(5); // free list empty: next fresh id
    expect(t.count).toBe(6);
  });

  it("remove() rejects a dead or unknown id", () => {
    const t = new AgentTable(SPEC, 4);
    t.add();
    t.remove(0);
    expect(() => t.remove(0)).toThrow(RangeError);
    expect(() => t.remove(5)).toThrow(RangeError);
    expect(() => t.remove(-1)).toThrow(RangeError);
  });

  it("the free list survives growth", () => {
    const t = new AgentTable(SPEC, 2);
    t.add();
    t.add();
    t.remove(0);
    t.add(); // reuses 0
    t.add(); // grows to 4
    t.remove(2);
    t.remove(1);
    expect(t.add()).toBe(1);
    expect(t.add()).toBe(2);
    expect(t.add()).toBe(3);
    expect(t.add()).toBe(4);
    expect(t.capacity).toBe(8);
  });

  it("forEach() visits exactly the live rows in id order", () => {
    const t = new AgentTable(SPEC, 4);
    for (let i = 0; i < 6; i++) t.add();
    t.remove(2);
    t.remove(4);
    const seen: number[] = [];
    t.forEach((id) => {
      seen.push(id);
    });
    expect(seen).toEqual([0, 1, 3, 5]);
  });

  it("withRows() makes a fixed population of live zeroed rows", () => {
    const t = AgentTable.withRows({ wealth: "i32" }, 1000);
    expect(t.count).toBe(1000);
    expect(t.capacity).toBe(1000);
    expect(t.isAlive(999)).toBe(true);
    expect(t.isAlive(1000)).toBe(false);
    expect(t.cols.wealth.length).toBe(1000);
  });

  it("bytesPerRow() sums the column sizes plus the bookkeeping bytes", () => {
    const t = new AgentTable(SPEC, 4);
    const columns = columnBytes("f64") + columnBytes("i32") + columnBytes("u8");
    expect(columns).toBe(13);
    expect(t.bytesPerRow()).toBe(columns + 1); // + liveness byte
    t.add();
    t.remove(0);
    expect(t.bytesPerRow()).toBe(columns + 1 + 4); // + free-list slot once used
    expect(t.bytes()).toBe(t.capacity * t.bytesPerRow());
  });

  it("new AgentTable() rejects an unknown column type", () => {
    expect(() => new AgentTable({ x: "f16" } as unknown as { x: "f64" })).toThrow(TypeError);
  });
});
