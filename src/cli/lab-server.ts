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

/**
 * The lab's Content-Security-Policy: its own scripts, workers and styles only (no inline script,
 * no eval), images from itself or made in the page (PNG export: data:/blob:), no plugin, no
 * framing by another site (`frame-ancestors 'none'`), no form posting anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers on every response of the lab server. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
});

function send(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
  res.end(`${text}\n`);
}

const WILDCARD = new Set(["0.0.0.0", "::", ""]);
const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\])$/;

/**
 * Whether a request's Host header names this server: `localhost`, the address it is bound to, or
 * (bound to every address) an IP literal, with or without the port. Anything else, a DNS name
 * pointing at 127.0.0.1 in particular (DNS rebinding: another site's page driving the lab), is refused.
 */
export function hostAllowed(hostHeader: string | undefined, boundHost: string, port: number): boolean {
  if (!hostHeader) return false;
  const h = hostHeader.trim().toLowerCase();
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(h);
  if (!m) return false;
  const [, name, p] = m;
  if (p !== undefined && Number(p) !== port) return false;
  const bound = boundHost.includes(":") ? `[${boundHost.toLowerCase()}]` : boundHost.toLowerCase();
  if (name === "localhost" || name === bound) return true;
  return WILDCARD.has(boundHost) && IP_LITERAL.test(name);
}

async function serveFile(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  bound: { host: string; port: number },
): Promise<void> {
  if (!hostAllowed(req.headers.host, bound.host, bound.port))
    return send(
      res,
      421,
      "misdirected request: the Host header does not name this server (use http://localhost:PORT/)",
    );
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
      ...SECURITY_HEADERS,
      "Content-Type": type,
      "Content-Length": st.size,
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
  const bound = { host: opts.host, port: opts.port };
  const server = createServer((req, res) => {
    serveFile(root, req, res, bound).catch(() => res.destroy());
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, opts.host, () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  bound.port = port;
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
