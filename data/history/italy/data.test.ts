import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Structural checks on the Italy 1948-1985 history CSVs: one file per source, header `year,<series>...`,
// integer years in 1945..1990 strictly ascending, every non-empty cell a finite number.

const here = dirname(fileURLToPath(import.meta.url));
const csvFiles = readdirSync(here)
  .filter((f) => f.endsWith(".csv"))
  .sort();

const parse = (file: string): string[][] =>
  readFileSync(join(here, file), "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.split(","));

const numeric = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

describe("data/history/italy CSV files", () => {
  it("has the expected source files", () => {
    expect(csvFiles.length).toBeGreaterThanOrEqual(10);
    for (const f of [
      "pwt.csv",
      "maddison.csv",
      "jst.csv",
      "ameco.csv",
      "baffigi.csv",
      "strikes-western.csv",
    ]) {
      expect(csvFiles).toContain(f);
    }
  });

  for (const file of csvFiles) {
    describe(file, () => {
      const rows = parse(file);
      const header = rows[0] ?? [];

      it("has a header starting with year and unique series names", () => {
        expect(header[0]).toBe("year");
        expect(header.length).toBeGreaterThan(1);
        expect(new Set(header).size).toBe(header.length);
        for (const name of header) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      });

      it("has integer years in 1945..1990, strictly ascending", () => {
        const years = rows.slice(1).map((r) => r[0] ?? "");
        expect(years.length).toBeGreaterThan(0);
        let previous = Number.NEGATIVE_INFINITY;
        for (const y of years) {
          expect(y).toMatch(/^\d{4}$/);
          const year = Number(y);
          expect(year).toBeGreaterThanOrEqual(1945);
          expect(year).toBeLessThanOrEqual(1990);
          expect(year).toBeGreaterThan(previous);
          previous = year;
        }
      });

      it("has one cell per column and only finite numbers or empty cells", () => {
        for (const row of rows.slice(1)) {
          expect(row.length).toBe(header.length);
          for (const cell of row.slice(1)) {
            if (cell === "") continue;
            expect(cell, `${file}: ${row[0]}`).toMatch(numeric);
            expect(Number.isFinite(Number(cell))).toBe(true);
          }
        }
      });
    });
  }
});
