import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const WEB = resolve("web/src");
const SRC = resolve("src");

/** Every static import of a file: [specifier, resolved path or null for a package]. */
function imports(file: string): [string, string | null][] {
  const text = readFileSync(file, "utf8");
  const out: [string, string | null][] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:[^;]*?\s+from\s+)?"([^"]+)"/gm)) {
    const spec = m[1].replace(/\?.*$/, "");
    out.push([m[1], spec.startsWith(".") ? resolve(dirname(file), spec) : null]);
  }
  return out;
}

const webFiles = readdirSync(WEB, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(WEB, f));

describe("the lab's imports", () => {
  it("web/ reaches src/ only through src/api.ts, and only in web/src/engine.ts", () => {
    const allowed = new Set(["api.ts"]);
    const offenders: string[] = [];
    for (const file of webFiles)
      for (const [spec, path] of imports(file)) {
        if (!path?.startsWith(`${SRC}/`)) continue;
        const inSrc = relative(SRC, path);
        if (!allowed.has(inSrc) || !file.endsWith("engine.ts"))
          offenders.push(`${relative(".", file)} imports ${spec}`);
      }
    expect(offenders).toEqual([]);
  });

  it("nothing the lab's pages and worker load reaches a Node built-in or a server-side package", () => {
    const forbidden =
      /^(node:|fs$|path$|os$|child_process$|worker_threads$|@duckdb\/|piscina$|bullmq$|ioredis$|cli-progress$|commander$)/;
    const seen = new Set<string>();
    const stack = [join(WEB, "main.tsx"), join(WEB, "worker.ts"), join(WEB, "essay-page.tsx")];
    const offenders: string[] = [];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file) || !/\.(ts|tsx)$/.test(file)) continue;
      seen.add(file);
      for (const [spec, path] of imports(file)) {
        if (path) stack.push(path);
        else if (forbidden.test(spec)) offenders.push(`${relative(".", file)} imports ${spec}`);
      }
    }
    expect(seen.size).toBeGreaterThan(40); // the walk reaches the models through src/api.ts
    expect(offenders).toEqual([]);
  });
});
