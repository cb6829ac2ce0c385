import { render } from "preact";
import essayText from "../essay/strategy-of-refusal.txt?raw";
import { parseEssay } from "./essay-parse.ts";
import { MECHANISMS } from "./mechanisms.ts";
import "./styles.css";

/** Inline markdown of the preface: *emphasis* and `code`. */
function inline(text: string) {
  return text.split(/(\*[^*]+\*|`[^`]+`)/).map((part, i) => {
    if (part.startsWith("*") && part.endsWith("*") && part.length > 2)
      return <em key={i}>{part.slice(1, -1)}</em>;
    if (part.startsWith("`") && part.endsWith("`") && part.length > 2)
      return <code key={i}>{part.slice(1, -1)}</code>;
    return part;
  });
}

/** The essay with an anchor per paragraph (#p14) and, beside each, the mechanisms that cite it. */
function EssayPage() {
  const essay = parseEssay(essayText);
  const citing = (n: number) => MECHANISMS.filter((m) => m.paragraphs.includes(n));
  return (
    <main class="essay">
      <p class="back">
        <a href="./">← Back to the lab</a>
      </p>
      <h1>{essay.title}</h1>
      {essay.preface.map((p, i) => (
        <p key={i} class="preface">
          {inline(p)}
        </p>
      ))}
      {essay.paragraphs.map(({ n, text }) => (
        <section key={n} id={`p${n}`} class="para" aria-label={`Paragraph ${n}`}>
          <a class="pn" href={`#p${n}`}>
            ¶{n}
          </a>
          <div>
            {text.split("\n\n").map((t, i) => (
              <p key={i}>{t}</p>
            ))}
            {citing(n).length > 0 && (
              <p class="cited">
                Implemented by:{" "}
                {citing(n)
                  .map((m) => `${m.id} ${m.title}`)
                  .join(" · ")}
              </p>
            )}
          </div>
        </section>
      ))}
    </main>
  );
}

render(<EssayPage />, document.getElementById("essay")!);
// Scroll to the paragraph asked for once it exists.
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
