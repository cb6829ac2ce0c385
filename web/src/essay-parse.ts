/**
 * The essay's numbering: the project cites Tronti's "The Strategy of Refusal" by paragraph,
 * ¶1–¶40, and keeps no copy of its text. parseEssay() reads a copy the user loads themselves
 * (in the browser, never sent anywhere) in the numbered format: an optional `# title` line, an
 * optional preface, then blocks each starting with `¶<n> ` (a block without a number continues
 * the paragraph before it).
 */
export const ESSAY_PARAGRAPHS = 40;

export interface Essay {
  title: string;
  preface: string[];
  paragraphs: { n: number; text: string }[];
}

export function parseEssay(markdown: string): Essay {
  const essay: Essay = { title: "", preface: [], paragraphs: [] };
  for (const block of markdown.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const text = block.trim().replace(/\s*\n\s*/g, " ");
    if (text === "") continue;
    const para = /^¶(\d+)\s+([\s\S]*)$/.exec(text);
    if (para) essay.paragraphs.push({ n: Number(para[1]), text: para[2] });
    else if (text.startsWith("# ") && essay.title === "") essay.title = text.slice(2);
    else if (essay.paragraphs.length === 0) essay.preface.push(text);
    else essay.paragraphs[essay.paragraphs.length - 1].text += `\n\n${text}`;
  }
  return essay;
}
