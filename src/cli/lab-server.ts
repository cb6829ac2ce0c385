import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";

/** Content types of the files a Vite build emits (and the essay's markdown). */
export const MIME: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
};

export interface LabServer {
  /** e.g. http://127.0.0.1:5180/ */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The file under `root` a request path names, or null when it names none: the path is
 * percent-decoded, must not hold a NUL or a backslash, and must resolve inside `root` (no `..`
 * escape); "/" and directories map to their index.html.
 */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (path.includes("\0") || path.includes("\\") || !path.startsWith("/")) return null;
  if (path.endsWith("/")) path += "index.html";
  const file = resolve(root, `.${path}`);
  return file.startsWith(root + sep) ? file : null;
}

function send(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  res.end(`${text}\n`);
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "method not allowed");
  }
  let file = resolveRequestPath(root, new URL(req.url ?? "/", "http://lab.invalid").pathname);
  if (!file) return send(res, 404, "not found");
  try {
    let st = await stat(file);
    if (st.isDirectory()) {
      file = resolve(file, "index.html");
      st = await stat(file);
    }
    // A symbolic link inside the build must not lead outside it either.
    const real = await realpath(file);
    if (!real.startsWith(root + sep) || !st.isFile()) return send(res, 404, "not found");
    const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": st.size,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.includes(`${sep}assets${sep}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  } catch {
    send(res, 404, "not found");
  }
}

/** Serve the static files of `root` over HTTP on host:port (port 0: any free port). */
export async function startLabServer(opts: { root: string; port: number; host: string }): Promise<LabServer> {
  const root = await realpath(resolve(opts.root));
  const server = createServer((req, res) => {
    serveFile(root, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, opts.host, () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}/`,
    host: opts.host,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
