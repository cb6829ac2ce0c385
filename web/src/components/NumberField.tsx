import { useEffect, useState } from "preact/hooks";

interface InputAttrs {
  id?: string;
  class?: string;
  min?: number;
  max?: number;
  step?: number | "any";
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
}

/**
 * A number box that keeps what the user is typing across re-renders (the run status re-renders
 * its neighbours many times a second): each keystroke that makes a valid value is committed at
 * once; an invalid text is marked and, on leaving the box, replaced by the current value.
 */
export function NumberField({
  value,
  commit,
  ...attrs
}: InputAttrs & {
  value: number;
  /** Apply a typed value; false when it is not valid. */
  commit: (v: number) => boolean;
}) {
  const [text, setText] = useState(String(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    if (Number(text) !== value || text.trim() === "") setText(String(value));
    setBad(false);
  }, [value]);
  return (
    <input
      {...attrs}
      type="number"
      value={text}
      aria-invalid={bad ? "true" : undefined}
      onInput={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const v = Number(t);
        const ok = t.trim() !== "" && Number.isFinite(v) && commit(v);
        setBad(!ok);
      }}
      onBlur={() => {
        if (bad) {
          setText(String(value));
          setBad(false);
        }
      }}
    />
  );
}
