import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listModels } from "../src/api.ts";
import {
  buildLabIfNeeded,
  chromiumAvailable,
  launchChromium,
  type SpawnedLab,
  spawnLab,
} from "./lab/harness.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const RESULTS = join(process.cwd(), "test-results");
const hasRefusal = listModels().some((m) => m.name === "refusal");

/** `refusal run ... --json`, as a user would type it. */
async function cliRun(args: string[]): Promise<{ hash: string; status: string; steps: number }> {
  const { stdout } = await run(process.execPath, ["bin/refusal.mjs", "run", ...args, "--json"], {
    maxBuffer: 1 << 26,
  });
  return JSON.parse(stdout);
}

/**
 * Runs compared with `refusal run`: the lab must give the CLI's hash and CSV for every model,
 * including those whose dynamics call exp/log (src/engine/math.ts makes them engine-independent).
 */
const EXACT = [
  {
    name: "wright (integer money)",
    query: "model=wright&preset=paper&seed=3&horizon=5",
    cli: ["src/models/wright/scenarios/paper.yaml", "--seed", "3", "--horizon", "5"],
  },
  {
    name: "goodwin (ODE, Grasselli–Costa Lima cycle)",
    query: "model=goodwin&preset=cycle&seed=0&horizon=30",
    cli: ["src/models/goodwin/scenarios/cycle.yaml", "--horizon", "30"],
  },
  {
    name: "keen (exp in the investment function)",
    query: "model=keen&preset=convergent&seed=0&horizon=50",
    cli: ["src/models/keen/scenarios/convergent.yaml", "--horizon", "50"],
  },
  ...(hasRefusal
    ? [
        {
          name: "refusal (organised refusal under planning, 2000 workers)",
          query: "model=refusal&preset=refusal%2Fplanning&seed=3&horizon=3&p.workers=2000&p.firms=20",
          cli: ["refusal", "--set", "strategy=refusal", "--set", "regime=planning"].concat([
            "--set",
            "workers=2000",
            "--set",
            "firms=20",
            "--seed",
            "3",
            "--horizon",
            "3",
          ]),
        },
      ]
    : []),
];

/** The scenario of the performance measurement: 10^4 workers (refusal) or 10^4 actors (wright). */
const PERF = hasRefusal
  ? {
      label: "refusal, 10^4 workers, 100 firms",
      query: "model=refusal&preset=bargaining%2Flaissez-faire&seed=1&horizon=300&p.workers=10000",
    }
  : {
      label: "wright, N = 10^4 actors",
      query: "model=wright&preset=paper&seed=1&horizon=100&p.N=10000&p.M=1000000",
    };

const enabled = chromiumAvailable();

describe.skipIf(!enabled)("the lab in Chromium", () => {
  let lab: SpawnedLab;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  /** A page that records console errors and uncaught exceptions into `problems`. */
  async function openPage(query = ""): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
    p.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    p.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await p.goto(`${lab.url}${query ? `?${query}` : ""}`);
    await p.locator("[data-testid=status-a][data-phase=ready]").waitFor();
    return p;
  }
  const points = async (p: Page) => Number(await p.getByTestId("charts").getAttribute("data-points"));
  const runToEnd = async (p: Page) => {
    await p.getByLabel("Speed", { exact: true }).selectOption("Infinity");
    await p.getByRole("button", { name: "Run", exact: true }).click();
    await p.locator("[data-testid=status-a][data-phase=done]").waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    await buildLabIfNeeded();
    lab = await spawnLab();
    browser = await launchChromium();
    page = await openPage();
  });

  afterAll(async () => {
    await browser?.close();
    const code = await lab?.stop();
    expect(code).toBe(0);
  });

  it("the page loads with every control named and no console error", async () => {
    expect(await page.title()).toBe("refusal lab");
    expect(await page.getByLabel("Model", { exact: true }).inputValue()).toBe(
      hasRefusal ? "refusal" : listModels()[0].name,
    );
    expect(problems).toEqual([]);
  });

  it("a preset runs and the charts gain points; Pause stops them", async () => {
    const preset = page.getByLabel("Preset of scenario A");
    const options = await preset
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const gen = Number(await page.getByTestId("status-a").getAttribute("data-gen"));
    await preset.selectOption(options[Math.min(1, options.length - 1)]);
    await page.waitForFunction(
      (g) => Number(document.querySelector("[data-testid=status-a]")?.getAttribute("data-gen")) > g,
      gen,
    );
    await page.locator("[data-testid=status-a][data-phase=ready]").waitFor();
    expect(await points(page)).toBe(0);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForFunction(
      () => Number(document.querySelector("[data-testid=charts]")?.getAttribute("data-points")) > 3,
    );
    const first = await points(page);
    await page.waitForFunction(
      (n) => Number(document.querySelector("[data-testid=charts]")?.getAttribute("data-points")) > n,
      first,
    );
    await page.getByRole("button", { name: "Pause" }).click();
    await page.locator("[data-testid=status-a][data-phase=paused]").waitFor();
    // The worker may have posted a last batch before it read "pause": let it arrive, then nothing more.
    await page.waitForTimeout(300);
    const paused = await points(page);
    await page.waitForTimeout(700);
    expect(await points(page)).toBe(paused);
    await page.getByRole("button", { name: "Step one", exact: false }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector("[data-testid=charts]")?.getAttribute("data-points")) === n + 1,
      paused,
    );
  });

  it("changing a slider changes the URL, and the link opens the same scenario", async () => {
    const slider = page.getByRole("slider").first();
    const name = (await slider.getAttribute("id"))!.replace(/^a-/, "");
    const min = Number(await slider.getAttribute("min"));
    const max = Number(await slider.getAttribute("max"));
    const value = await slider.inputValue();
    const target = Number(value) === max ? min : max;
    await slider.fill(String(target));
    await expect.poll(() => new URL(page.url()).searchParams.get(`p.${name}`)).toBe(String(target));
    await page.getByLabel("Seed", { exact: true }).fill("17");
    await page.getByLabel("Seed", { exact: true }).press("Tab");
    await expect.poll(() => new URL(page.url()).searchParams.get("seed")).toBe("17");
    const link = page.url();
    const preset = await page.getByLabel("Preset of scenario A").inputValue();
    const other = await openPage(new URL(link).search.slice(1));
    expect(await other.getByLabel("Preset of scenario A").inputValue()).toBe(preset);
    expect(await other.locator(`#a-${name}`).inputValue()).toBe(String(target));
    expect(await other.getByLabel("Seed", { exact: true }).inputValue()).toBe("17");
    expect(other.url()).toBe(link);
    await other.close();
  });

  for (const check of EXACT)
    it(`the lab's series hash and CSV equal \`refusal run --json\` and \`--out x.csv\`: ${check.name}`, async () => {
      const p = await openPage(check.query);
      const dir = mkdtempSync(join(tmpdir(), "lab-csv-"));
      const [cli] = await Promise.all([cliRun([...check.cli, "--out", join(dir, "cli.csv")]), runToEnd(p)]);
      expect(cli.status).toBe("ok");
      expect(await p.getByTestId("hash-a").textContent()).toBe(cli.hash);
      const [download] = await Promise.all([
        p.waitForEvent("download"),
        p.getByRole("button", { name: "Download series A (CSV)" }).click(),
      ]);
      await download.saveAs(join(dir, "lab.csv"));
      expect(readFileSync(join(dir, "lab.csv"), "utf8")).toBe(readFileSync(join(dir, "cli.csv"), "utf8"));
      await p.close();
    });

  it("two scenarios run side by side on the same seed; screenshot and charts PNG saved in test-results/", async () => {
    const query = hasRefusal
      ? "model=refusal&preset=bargaining%2Flaissez-faire&b=refusal%2Flaissez-faire&seed=2&horizon=25&p.workers=3000&p.firms=30&b.workers=3000&b.firms=30"
      : "model=wright&preset=paper&b=paper&b.wmax=60&seed=2&horizon=20";
    const p = await openPage(query);
    await p.locator("[data-testid=status-b][data-phase=ready]").waitFor();
    await p.getByLabel("Speed", { exact: true }).selectOption("Infinity");
    await p.getByRole("button", { name: "Run", exact: true }).click();
    await p.locator("[data-testid=status-a][data-phase=done]").waitFor({ timeout: 30_000 });
    await p.locator("[data-testid=status-b][data-phase=done]").waitFor({ timeout: 30_000 });
    const a = await p.getByTestId("hash-a").textContent();
    const b = await p.getByTestId("hash-b").textContent();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    mkdirSync(RESULTS, { recursive: true });
    await p.screenshot({ path: join(RESULTS, "lab.png"), fullPage: true });
    const [png] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Download charts (PNG)" }).click(),
    ]);
    await png.saveAs(join(RESULTS, "lab-charts.png"));
    const bytes = readFileSync(join(RESULTS, "lab-charts.png"));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600); // width: two columns of charts
    await p.close();
  });

  it("axe finds no serious accessibility violation on the lab (comparison open) and the essay", async () => {
    const report: Record<string, unknown[]> = {};
    for (const [name, path] of [
      [
        "lab",
        `?${PERF.query}&b=${encodeURIComponent(new URL(`${lab.url}?${PERF.query}`).searchParams.get("preset")!)}`,
      ],
      ["essay", "essay.html#p14"],
    ]) {
      const p = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
      await p.goto(`${lab.url}${path}`);
      if (name === "lab") await p.locator("[data-testid=status-a][data-phase=ready]").waitFor();
      else await p.locator("#p14").waitFor();
      // Through the DevTools protocol: the lab's Content-Security-Policy (script-src 'self')
      // rightly refuses an injected inline <script>, and the check must not weaken it.
      await p.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
      const violations = await p.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }
        ).axe.run();
        return r.violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
      });
      report[name] = violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
      if (violations.length) console.log(`axe (${name}):`, JSON.stringify(report[name], null, 1));
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      await p.close();
    }
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, "lab-axe.json"), `${JSON.stringify(report, null, 1)}\n`);
  });

  it("the essay page has an anchor per paragraph, ¶1 to ¶40", async () => {
    const p = await browser.newPage();
    await p.goto(`${lab.url}essay.html#p33`);
    await p.locator("#p33").waitFor();
    const ids = await p.locator("section.para").evaluateAll((s) => s.map((e) => e.id));
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => `p${i + 1}`));
    // No essay text in the project: the index shows numbers and the mechanisms citing them.
    await expect(p.locator("#p14 .cited").textContent()).resolves.toContain("M2");
    expect(await p.locator("section.para p.loaded").count()).toBe(0);
    await p.close();
  });

  it("the essay page shows a numbered copy loaded through its file input, in place", async () => {
    const p = await browser.newPage();
    const requests: string[] = [];
    await p.goto(`${lab.url}essay.html`);
    await p.locator("#p40").waitFor();
    p.on("request", (r) => requests.push(r.url()));
    // A made-up text in the numbered format (not the essay's words).
    const text = "# A made-up copy\n\n¶1 First <b>made-up</b> words.\n\n¶14 Fourteenth made-up words.\n";
    await p.getByLabel("Load your copy (text file)").setInputFiles({
      name: "copy.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text, "utf8"),
    });
    // The file is read asynchronously (FileReader): wait for the status to say it is shown.
    await p.locator("[data-testid=essay-status]", { hasText: "2 of the 40 paragraphs" }).waitFor();
    expect(await p.locator("#p1 p.loaded").textContent()).toBe("First <b>made-up</b> words."); // as text
    expect(await p.locator("#p14 p.loaded").textContent()).toBe("Fourteenth made-up words.");
    expect(await p.locator("#p2 p.loaded").count()).toBe(0);
    expect(await p.locator("#p1 b").count()).toBe(0);
    expect(requests).toEqual([]); // read in the page, sent nowhere
    await p.getByRole("button", { name: "Forget the loaded copy" }).click();
    expect(await p.locator("section.para p.loaded").count()).toBe(0);
    await p.close();
  });

  it(`measures simulated months per second and the longest main-thread block (${PERF.label}); no assertion`, async () => {
    const results: Record<string, unknown>[] = [];
    // At 5 years a second (60 months/s, the refusal model's default speed) and as fast as possible.
    for (const speed of ["5", "Infinity"]) {
      const p = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
      await p.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: "longtask", buffered: true });
      });
      await p.goto(`${lab.url}?${PERF.query}`);
      await p.locator("[data-testid=status-a][data-phase=ready]").waitFor();
      await p.getByLabel("Speed", { exact: true }).selectOption(speed);
      await p.evaluate(() => {
        const w = window as unknown as { __gap: number; __probe: boolean; __longTasks: number[] };
        w.__gap = 0;
        w.__probe = true;
        w.__longTasks.length = 0;
        let last = performance.now();
        const tick = (now: number) => {
          w.__gap = Math.max(w.__gap, now - last);
          last = now;
          if (w.__probe) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const step0 = Number(await p.getByTestId("status-a").getAttribute("data-step"));
      const t0 = Date.now();
      await p.getByRole("button", { name: "Run", exact: true }).click();
      await p.waitForTimeout(5000);
      const step1 = Number(await p.getByTestId("status-a").getAttribute("data-step"));
      const seconds = (Date.now() - t0) / 1000;
      const probe = await p.evaluate(() => {
        const w = window as unknown as { __gap: number; __probe: boolean; __longTasks: number[] };
        w.__probe = false;
        return { maxFrameGapMs: w.__gap, longTasksMs: w.__longTasks };
      });
      results.push({
        speed: speed === "Infinity" ? "as fast as possible" : `${speed} years/s`,
        seconds,
        months: step1 - step0, // both refusal and wright step monthly
        simulatedMonthsPerSecond: Math.round(((step1 - step0) / seconds) * 10) / 10,
        longestFrameGapMs: Math.round(probe.maxFrameGapMs * 10) / 10,
        longTasks: probe.longTasksMs.length,
        longestLongTaskMs: probe.longTasksMs.length ? Math.max(...probe.longTasksMs) : 0,
      });
      await p.close();
    }
    const report = {
      scenario: PERF.label,
      query: PERF.query,
      chromium: browser.version(),
      cpus: availableParallelism(),
      loadavg: loadavg(),
      results,
    };
    console.log("lab performance:", JSON.stringify(report));
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, "lab-perf.json"), `${JSON.stringify(report, null, 1)}\n`);
    expect(problems).toEqual([]);
  });
});
