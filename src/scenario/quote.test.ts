import { describe, expect, it } from "vitest";
import { escapeControls, quote, quoteJson } from "./quote.ts";

describe("quote", () => {
  it("quote() shows newlines, ANSI escapes and C1 controls as escapes, on one line", () => {
    expect(quote("a\nb")).toBe("'a\\nb'");
    expect(quote("\x1b[31mred")).toBe("'\\x1b[31mred'");
    expect(quote("\u009b2J")).toBe("'\\x9b2J'");
    expect(quote("it's \\")).toBe("'it\\'s \\\\'");
  });

  it("quoteJson() escapes line separators, bidi overrides and lone surrogates, and cuts long text", () => {
    expect(quoteJson("\u2028\u202e\ud800")).toBe('"\\u2028\\u202e\\ud800"');
    expect(quoteJson("x".repeat(100), 5)).toBe('"xxxxx…"');
  });

  it("escapeControls() leaves ordinary text, accents and emoji unchanged", () => {
    expect(escapeControls("params.nu: é 🎉 \\n")).toBe("params.nu: é 🎉 \\n");
  });
});
