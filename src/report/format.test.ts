import { describe, expect, it } from "vitest";
import { escapeHtml, fmtNum, shellQuote, slug, sqlString } from "./format.ts";

describe("format", () => {
  it("escapeHtml() escapes the five characters that can break out of text or an attribute", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("fmtNum() keeps integers whole and gives others 4 significant digits", () => {
    expect(fmtNum(220)).toBe("220");
    expect(fmtNum(0.123456)).toBe("0.1235");
    expect(fmtNum(2.5)).toBe("2.5");
    expect(fmtNum(-1234.5678)).toBe("-1235");
    expect(fmtNum(1.5e-7)).toBe("1.5e-7");
    expect(fmtNum(2.345678e9 + 0.5)).toBe("2.346e+9");
    expect(fmtNum(Number.NaN)).toBe("–");
    expect(fmtNum(Number.NEGATIVE_INFINITY)).toBe("−∞");
  });

  it("shellQuote() leaves plain paths bare and single-quotes the rest", () => {
    expect(shellQuote("results/refusal.duckdb")).toBe("results/refusal.duckdb");
    expect(shellQuote("my dir/it's.duckdb")).toBe(`'my dir/it'\\''s.duckdb'`);
  });

  it("sqlString() doubles single quotes", () => {
    expect(sqlString("it's")).toBe("'it''s'");
  });

  it("slug() keeps letters, digits, '-' and '_'", () => {
    expect(slug("a.b c<d>")).toBe("a-b-c-d");
    expect(slug("***")).toBe("x");
  });
});
