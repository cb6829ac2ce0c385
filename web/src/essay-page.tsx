import { render } from "preact";
import { useState } from "preact/hooks";
import { ESSAY_PARAGRAPHS, type Essay, parseEssay } from "./essay-parse.ts";
import { MECHANISMS } from "./mechanisms.ts";
import "./styles.css";

/** A copy larger than this is refused (the essay is some 60 kB). */
const MAX_BYTES = 2_000_000;

/** Inline markdown of a loaded preface: *emphasis* and `code` (as text: Preact escapes it). */
function inline(text: string) {
  return text.split(/(\*[^*]+\*|`[^`]+`)/).map((part, i) => {
    if (part.startsWith("*") && part.endsWith("*") && part.length > 2)
      return <em key={i}>{part.slice(1, -1)}</em>;
    if (part.startsWith("`") && part.endsWith("`") && part.length > 2)
      return <code key={i}>{part.slice(1, -1)}</code>;
    return part;
  });
}

interface Loaded {
  essay: Essay;
  /** ¶n → its text (the first block numbered n); only 1..ESSAY_PARAGRAPHS. */
  text: Map<number, string>;
  /** Numbered blocks outside 1..ESSAY_PARAGRAPHS, not shown. */
  outside: number;
}

function load(source: string): Loaded {
  const essay = parseEssay(source);
  const text = new Map<number, string>();
  let outside = 0;
  for (const { n, text: t } of essay.paragraphs) {
    if (n < 1 || n > ESSAY_PARAGRAPHS) outside++;
    else if (!text.has(n)) text.set(n, t);
  }
  return { essay, text, outside };
}

function summary(l: Loaded, from: string): string {
  if (l.text.size === 0)
    return `No paragraph numbered ¶1–¶${ESSAY_PARAGRAPHS} found in ${from}: each paragraph must start with ¶ and its number, e.g. "¶14 …", with a blank line between paragraphs.`;
  const missing = ESSAY_PARAGRAPHS - l.text.size;
  return (
    `Showing ${from}: ${l.text.size} of the ${ESSAY_PARAGRAPHS} paragraphs` +
    (missing > 0 ? ` (${missing} missing)` : "") +
    (l.outside > 0 ? `; ${l.outside} numbered outside ¶1–¶${ESSAY_PARAGRAPHS}, not shown` : "") +
    "."
  );
}

/**
 * The essay page: an index of ¶1–¶40 with an anchor per paragraph (#p14) and, beside each, the
 * mechanisms that cite it. The project keeps no copy of the essay's text (a third-party
 * translation); the user may load their own, which is read here, kept in this page's memory only
 * and never sent anywhere.
 */
function EssayPage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState("");
  const [pasted, setPasted] = useState("");
  const citing = (n: number) => MECHANISMS.filter((m) => m.paragraphs.includes(n));

  const show = (source: string, from: string) => {
    const l = load(source);
    setLoaded(l.text.size > 0 ? l : null);
    setStatus(summary(l, from));
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setStatus(`${file.name} is too large (${file.size} bytes; at most ${MAX_BYTES}).`);
      return;
    }
    try {
      show(await file.text(), file.name);
    } catch {
      setStatus(`Could not read ${file.name}.`);
    }
  };

  const forget = () => {
    setLoaded(null);
    setPasted("");
    setStatus("The loaded copy is forgotten.");
    const input = document.getElementById("essay-file") as HTMLInputElement | null;
    if (input) input.value = "";
  };

  return (
    <main class="essay">
      <p class="back">
        <a href="./">← Back to the lab</a>
      </p>
      <h1>The Strategy of Refusal (Mario Tronti, 1965) — paragraph index</h1>
      <p class="preface">
        The <code>refusal</code> model was built from an English translation of Mario Tronti's essay “The
        Strategy of Refusal” (from <em>Operai e Capitale</em>, 1966), its paragraphs numbered ¶1–¶
        {ESSAY_PARAGRAPHS}. The code, the docs and the lab cite it by paragraph number; the project keeps no
        copy of the text. Below, each paragraph's number and the mechanisms that cite it.
      </p>
      <section class="essay-load" aria-labelledby="load-heading">
        <h2 id="load-heading">Read it beside your own copy</h2>
        <p>
          If you have a copy of the essay as a text file with its paragraphs numbered the same way (each
          starting with ¶ and its number, e.g. “¶14 …”, a blank line between paragraphs), load it or paste it:
          each paragraph is shown under its number. It is read in this page only, kept in memory until you
          leave or forget it, and never sent anywhere.
        </p>
        <p>
          <label for="essay-file">Load your copy (text file) </label>
          <input id="essay-file" type="file" accept=".txt,.md,text/plain,text/markdown" onChange={onFile} />
        </p>
        <p>
          <label for="essay-paste">Or paste it</label>
          <br />
          <textarea
            id="essay-paste"
            rows={4}
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </p>
        <p>
          <button
            type="button"
            onClick={() => show(pasted, "the pasted text")}
            disabled={pasted.trim() === ""}
          >
            Show the pasted text
          </button>{" "}
          <button type="button" onClick={forget} disabled={loaded === null && pasted === ""}>
            Forget the loaded copy
          </button>
        </p>
        <p class="essay-status" role="status" data-testid="essay-status">
          {status}
        </p>
      </section>
      {loaded?.essay.title && <h2 class="loaded-title">{loaded.essay.title}</h2>}
      {loaded?.essay.preface.map((p, i) => (
        <p key={i} class="preface">
          {inline(p)}
        </p>
      ))}
      {Array.from({ length: ESSAY_PARAGRAPHS }, (_, i) => i + 1).map((n) => {
        const mechs = citing(n);
        const text = loaded?.text.get(n);
        return (
          <section key={n} id={`p${n}`} class="para" aria-label={`Paragraph ${n}`}>
            <a class="pn" href={`#p${n}`}>
              ¶{n}
            </a>
            <div>
              {text?.split("\n\n").map((t, j) => (
                <p key={j} class="loaded">
                  {t}
                </p>
              ))}
              <p class="cited">
                {mechs.length > 0
                  ? `Cited by: ${mechs.map((m) => `${m.id} ${m.title}`).join(" · ")}`
                  : "Not cited by a mechanism."}
              </p>
            </div>
          </section>
        );
      })}
    </main>
  );
}

render(<EssayPage />, document.getElementById("essay")!);
// Scroll to the paragraph asked for once it exists.
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
