import { useEffect, useRef } from "preact/hooks";
import type { WorkplaceCells } from "../cells.ts";
import { cellGrid, shadeColour } from "../cells-layout.ts";
import type { RunController } from "../run-controller.ts";

function draw(canvas: HTMLCanvasElement, cells: WorkplaceCells | null): void {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!cells) return;
  for (const b of cellGrid(cells.size, w, h)) {
    const x = b.cx - b.side / 2;
    const y = b.cy - b.side / 2;
    ctx.fillStyle = shadeColour(cells.shade[b.index]);
    ctx.fillRect(x, y, b.side, b.side);
    if (cells.outline[b.index]) {
      ctx.lineWidth = Math.min(2, Math.max(1, b.side / 6));
      ctx.strokeStyle = "#111827";
      ctx.strokeRect(x, y, b.side, b.side);
    }
  }
}

/** Summary of a snapshot for screen readers: firms, organised share, firms on strike. */
function describe(cells: WorkplaceCells | null): string {
  if (!cells) return "No workplaces yet.";
  let firms = 0;
  let workers = 0;
  let organised = 0;
  let striking = 0;
  for (let i = 0; i < cells.size.length; i++) {
    if (cells.size[i] <= 0) continue;
    firms++;
    workers += cells.size[i];
    organised += cells.size[i] * (Number.isFinite(cells.shade[i]) ? cells.shade[i] : 0);
    if (cells.outline[i]) striking++;
  }
  const share = workers > 0 ? Math.round((100 * organised) / workers) : 0;
  return `${firms} firms, ${Math.round(workers)} workers, ${share}% organised, ${striking} on strike.`;
}

/**
 * The workplaces of a run: each firm a square whose area is its workforce, coloured by its
 * organised share, outlined while on strike. Shown only for simulations that offer `cells()`.
 */
export function Workplaces({ ctrl, label }: { ctrl: RunController; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let shown: WorkplaceCells | null | undefined;
    const redraw = (force = false) => {
      if (!canvas.current || (!force && shown === ctrl.cells)) return;
      shown = ctrl.cells;
      draw(canvas.current, shown);
      if (summary.current) summary.current.textContent = describe(shown);
    };
    const off = ctrl.subscribe(() => redraw());
    redraw(true);
    const resize = new ResizeObserver(() => redraw(true));
    if (canvas.current) resize.observe(canvas.current);
    return () => {
      off();
      resize.disconnect();
    };
  }, [ctrl]);
  return (
    <figure class="workplaces">
      <figcaption>Workplaces ({label})</figcaption>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Workplaces of scenario ${label}: firms sized by workforce, coloured by organised share, outlined when on strike`}
        data-testid={`workplaces-${label}`}
      />
      <p class="cells-summary" ref={summary} />
      <p class="legend">
        <span class="swatch" style={{ background: shadeColour(0) }} /> none organised
        <span class="swatch" style={{ background: shadeColour(1) }} /> all organised
        <span class="swatch outlined" /> on strike · area = workforce
      </p>
    </figure>
  );
}
