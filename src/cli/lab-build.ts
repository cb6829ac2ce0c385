import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository (or installed package) root. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where `npm run build` (vite build web) puts the lab. */
export const LAB_DIR = join(PACKAGE_ROOT, "dist/lab");
const STAMP = "build.json";

/** Newest modification time (ms) of the files under the given directories, skipping node_modules. */
export async function newestMtime(dirs: string[]): Promise<number> {
  let newest = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === "node_modules" || e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) newest = Math.max(newest, (await stat(p)).mtimeMs);
    }
  };
  for (const d of dirs) await walk(d);
  return newest;
}

const SOURCES = [join(PACKAGE_ROOT, "web"), join(PACKAGE_ROOT, "src")];

/**
 * Whether the built lab is there and up to date: "missing" without dist/lab/index.html, "stale"
 * when a file under web/ or src/ changed after the sources the build was made from (recorded in
 * dist/lab/build.json; for a build without it, after the build itself).
 */
export async function labBuildState(outDir = LAB_DIR): Promise<"missing" | "stale" | "fresh"> {
  if (!existsSync(join(outDir, "index.html"))) return "missing";
  if (!existsSync(join(PACKAGE_ROOT, "web", "vite.config.ts"))) return "fresh"; // an installed package: no sources
  let built: number;
  try {
    built = Number(JSON.parse(await readFile(join(outDir, STAMP), "utf8")).sourcesMtime) || 0;
  } catch {
    built = (await stat(join(outDir, "index.html"))).mtimeMs; // built by `vite build web` directly
  }
  return (await newestMtime(SOURCES)) > built ? "stale" : "fresh";
}

/**
 * Build the lab with Vite (web/vite.config.ts) into `outDir`: into a fresh directory first, then
 * swapped in, so a server or another build never sees half a lab.
 */
export async function buildLab(outDir = LAB_DIR): Promise<void> {
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new Error("the lab is not built and Vite is not installed: run `npm install` then `npm run build`");
  }
  const sourcesMtime = await newestMtime(SOURCES);
  const tmp = `${outDir}.tmp-${process.pid}-${Math.floor(performance.now())}`;
  await vite.build({
    configFile: join(PACKAGE_ROOT, "web", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: tmp, emptyOutDir: true },
  });
  await writeFile(join(tmp, STAMP), `${JSON.stringify({ sourcesMtime, builtBy: "refusal lab" })}\n`);
  const old = `${outDir}.old-${process.pid}-${Math.floor(performance.now())}`;
  if (existsSync(outDir)) await rename(outDir, old).catch(() => undefined);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });
}

/** The built lab's directory, building it first when it is missing or older than its sources. */
export async function ensureLab(log: (line: string) => void = () => {}, outDir = LAB_DIR): Promise<string> {
  const state = await labBuildState(outDir);
  if (state !== "fresh") {
    log(
      state === "missing"
        ? "building the lab (first use)..."
        : "sources changed since the last build: rebuilding the lab...",
    );
    await buildLab(outDir);
  }
  return outDir;
}
