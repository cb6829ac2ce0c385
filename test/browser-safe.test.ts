import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Every module reachable from `entry` through static imports, with the bare imports it makes. */
function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const stack = [resolve(entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    const bare: string[] = [];
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)) {
      const spec = m[1];
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec));
      else bare.push(spec);
    }
    seen.set(file, bare);
  }
  return seen;
}

describe("the browser-safe API", () => {
  it("src/api.ts reaches no Node built-in, database, thread pool or queue", () => {
    const forbidden =
      /^(node:|fs$|path$|os$|child_process$|worker_threads$|@duckdb\/|piscina$|bullmq$|ioredis$|cli-progress$|commander$)/;
    const offenders: string[] = [];
    const graph = importGraph("src/api.ts");
    expect(graph.size).toBeGreaterThan(20); // the walk reaches the models
    for (const [file, bare] of graph) {
      for (const b of bare)
        if (forbidden.test(b)) offenders.push(`${file.replace(`${process.cwd()}/`, "")} imports ${b}`);
    }
    expect(offenders).toEqual([]);
  });
});
