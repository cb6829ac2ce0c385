/**
 * Progress of a long single run on stderr: nothing for runs that end within `delayMs`; then a
 * bar on a terminal, or a plain line every few seconds otherwise (CI logs). Wall-clock time is
 * read only for display, never for results.
 */
export function runProgress(
  label: string,
  delayMs = 2000,
): { update(done: number, total: number): void; end(): void } {
  const start = performance.now();
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  let lastPlain = 0;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - start < delayMs || total === 0) return;
      const pct = Math.floor((100 * done) / total);
      if (tty) {
        const width = 30;
        const fill = Math.round((width * done) / total);
        process.stderr.write(`\r${label} [${"#".repeat(fill)}${"-".repeat(width - fill)}] ${pct}%`);
        shown = true;
      } else if (now - lastPlain > 3000) {
        process.stderr.write(`${label}: ${done}/${total} steps (${pct}%)\n`);
        lastPlain = now;
      }
    },
    end() {
      if (shown) process.stderr.write("\n");
    },
  };
}
