import { describe, expect, it } from "vitest";
import { ESSAY_PARAGRAPHS, parseEssay } from "./essay-parse.ts";

// A made-up text in the numbered format (not the essay's words).
const SAMPLE = [
  "# A Made-Up Essay — numbered text",
  "",
  "A preface line with *emphasis*",
  "wrapped over two lines.",
  "",
  "¶1 The first paragraph.",
  "",
  "¶2 The second paragraph,",
  "wrapped.",
  "",
  "A block without a number continues the second.",
  "",
  "¶3 The third.",
  "",
].join("\r\n");

describe("parseEssay() (for the user's own copy of the essay)", () => {
  it("finds the title, the preface and the numbered paragraphs, joining wrapped lines", () => {
    const essay = parseEssay(SAMPLE);
    expect(essay.title).toBe("A Made-Up Essay — numbered text");
    expect(essay.preface).toEqual(["A preface line with *emphasis* wrapped over two lines."]);
    expect(essay.paragraphs).toEqual([
      { n: 1, text: "The first paragraph." },
      { n: 2, text: "The second paragraph, wrapped.\n\nA block without a number continues the second." },
      { n: 3, text: "The third." },
    ]);
  });

  it("gives no paragraph for a text without numbers, and the essay has 40", () => {
    expect(parseEssay("just some words\n\nand more").paragraphs).toEqual([]);
    expect(parseEssay("").title).toBe("");
    expect(ESSAY_PARAGRAPHS).toBe(40);
  });
});
