/**
 * An error in what the user gave us (a file, a flag, a name): printed as one line, exit code 2,
 * never with a stack trace.
 */
export class UserError extends Error {
  readonly exitCode = 2;

  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * A failure of the environment while writing an output the user asked for (disk full, a short
 * write, a file system that went away): one line, exit code 1, the partial file removed.
 */
export class OutputError extends Error {
  readonly exitCode = 1;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OutputError";
  }
}

/** Levenshtein distance (for "did you mean" suggestions). */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate to `word`, if it is close enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 2)) ? best : undefined;
}

/** ` (did you mean 'x'?)` or the empty string. */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c ? ` (did you mean '${c}'?)` : "";
}
