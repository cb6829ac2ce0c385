import { essayHref, MECHANISMS, MECHANISMS_OF } from "../mechanisms.ts";

function Paragraphs({ list }: { list: number[] }) {
  return (
    <>
      {list.map((n, i) => (
        <span key={n}>
          {i > 0 && " "}
          <a href={essayHref(n)} target="_blank" rel="noopener" aria-label={`Essay paragraph ${n}`}>
            ¶{n}
          </a>
        </span>
      ))}
    </>
  );
}

export { Paragraphs };

/**
 * "About this mechanism": the model's own description, then the mechanisms M1–M13 of the
 * `refusal` model with the paragraphs of the essay they implement; those set in motion by the
 * chosen strategy and regime are marked.
 */
export function About({
  modelName,
  description,
  strategyRegime,
}: {
  modelName: string;
  description: string;
  /** The chosen strategies and regimes (refusal model), e.g. ["refusal", "planning"]. */
  strategyRegime: string[];
}) {
  const active = new Set(strategyRegime.flatMap((k) => MECHANISMS_OF[k] ?? []));
  return (
    <section class="about" aria-labelledby="about-title">
      <h2 id="about-title">About this mechanism</h2>
      <p>
        <strong>{modelName}</strong>: {description}
      </p>
      <p>
        The <code>refusal</code> model puts the essay's system into thirteen mechanisms, each citing the
        paragraphs it implements (see the <a href="essay.html">paragraph index</a>).
        {active.size > 0 && " Those the chosen scenario sets in motion are marked ●."}
      </p>
      <ol class="mechanisms">
        {MECHANISMS.map((m) => (
          <li key={m.id} id={`mech-${m.id}`} class={active.has(m.id) ? "active" : ""}>
            <span class="mech-id">
              {active.has(m.id) ? "● " : ""}
              {m.id}
            </span>{" "}
            <strong>{m.title}</strong> <Paragraphs list={m.paragraphs} />
            <br />
            {m.what} <em>Watch: {m.observe}</em>
          </li>
        ))}
      </ol>
    </section>
  );
}
