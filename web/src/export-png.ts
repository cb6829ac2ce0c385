import type uPlot from "uplot";

/**
 * All charts in one PNG: the charts' canvases on a white grid of `columns` columns, each under its
 * metric's name, with a title line (model, scenarios, seed) and the runs' colours on top.
 */
export function chartsPng(
  charts: { metric: string; plot: uPlot }[],
  title: string,
  runs: { label: string; colour: string }[],
  columns = 2,
): Promise<Blob> {
  const canvases = charts.map((c) => c.plot.ctx.canvas);
  const dpr = window.devicePixelRatio || 1;
  const cw = Math.max(1, ...canvases.map((c) => c.width));
  const ch = Math.max(1, ...canvases.map((c) => c.height));
  const cap = Math.round(22 * dpr);
  const head = Math.round(48 * dpr);
  const cols = Math.max(1, Math.min(columns, canvases.length));
  const rows = Math.ceil(canvases.length / cols);
  const out = document.createElement("canvas");
  out.width = cols * cw;
  out.height = head + rows * (ch + cap);
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("no 2D canvas"));
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = "#111827";
  ctx.font = `${Math.round(15 * dpr)}px system-ui, sans-serif`;
  ctx.fillText(title, 10 * dpr, 20 * dpr);
  let x = 10 * dpr;
  for (const r of runs) {
    ctx.fillStyle = r.colour;
    ctx.fillRect(x, 30 * dpr, 18 * dpr, 4 * dpr);
    ctx.fillStyle = "#111827";
    ctx.fillText(r.label, x + 24 * dpr, 38 * dpr);
    x += (34 + r.label.length * 8) * dpr;
  }
  ctx.font = `${Math.round(13 * dpr)}px system-ui, sans-serif`;
  charts.forEach((c, i) => {
    const px = (i % cols) * cw;
    const py = head + Math.floor(i / cols) * (ch + cap);
    ctx.fillStyle = "#111827";
    ctx.fillText(c.metric, px + 10 * dpr, py + 16 * dpr);
    ctx.drawImage(canvases[i], px, py + cap);
  });
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
