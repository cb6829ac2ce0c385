import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LabServer, resolveRequestPath, startLabServer } from "../src/cli/lab-server.ts";
import { labCliSync, spawnLab } from "./lab/harness.ts";

/** A GET (or other method) with the path sent exactly as given: fetch() would normalise `..` away. */
function raw(
  url: string,
  path: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () =>
        ok({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"]),
          body,
          headers: res.headers,
        }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the lab's static server", () => {
  const base = mkdtempSync(join(tmpdir(), "lab-server-"));
  const root = join(base, "lab");
  let server: LabServer;

  beforeAll(async () => {
    mkdirSync(join(root, "assets"), { recursive: true });
    mkdirSync(join(root, "sub"), { recursive: true });
    writeFileSync(join(root, "index.html"), "<!doctype html><title>lab</title>");
    writeFileSync(join(root, "essay.html"), "<p>essay</p>");
    writeFileSync(join(root, "assets", "main-abc.js"), "export {};");
    writeFileSync(join(root, "assets", "worker-abc.js"), "self.onmessage = null;");
    writeFileSync(join(root, "assets", "main-abc.css"), "body{}");
    writeFileSync(join(root, "assets", "m.wasm"), "\0asm");
    writeFileSync(join(root, "sub", "index.html"), "<p>sub</p>");
    writeFileSync(join(root, "notes.md"), "# notes");
    writeFileSync(join(base, "secret.txt"), "do not serve");
    symlinkSync(join(base, "secret.txt"), join(root, "link.txt"));
    server = await startLabServer({ root, port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server.close());

  it("startLabServer() binds the address it is given and reports the port it got", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it("startLabServer() sends a strict Content-Security-Policy, frame-ancestors 'none' and nosniff on every response", async () => {
    for (const path of ["/", "/assets/main-abc.js", "/missing"]) {
      const r = await raw(server.url, path);
      expect(r.headers["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(r.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
      expect(r.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("startLabServer() refuses a request whose Host is not the bound address or localhost (DNS rebinding)", async () => {
    const port = String(server.port);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, "localhost"])
      expect((await raw(server.url, "/", "GET", { Host: host })).status).toBe(200);
    for (const host of [
      `evil.example:${port}`,
      "attacker.test",
      `127.0.0.1:${Number(port) + 1}`,
      `10.0.0.1:${port}`,
    ]) {
      const r = await raw(server.url, "/", "GET", { Host: host });
      expect(r.status).toBe(421);
      expect(r.body).not.toContain("lab");
    }
  });

  it("serves each file with its content type", async () => {
    const cases: [string, string, string][] = [
      ["/", "text/html; charset=utf-8", "<title>lab</title>"],
      ["/essay.html", "text/html; charset=utf-8", "essay"],
      ["/assets/main-abc.js", "text/javascript; charset=utf-8", "export"],
      ["/assets/worker-abc.js", "text/javascript; charset=utf-8", "onmessage"],
      ["/assets/main-abc.css", "text/css; charset=utf-8", "body"],
      ["/assets/m.wasm", "application/wasm", "asm"],
      ["/notes.md", "text/markdown; charset=utf-8", "# notes"],
      ["/sub/", "text/html; charset=utf-8", "sub"],
      ["/sub", "text/html; charset=utf-8", "sub"],
      ["/?model=goodwin&seed=3", "text/html; charset=utf-8", "lab"],
    ];
    for (const [path, type, text] of cases) {
      const r = await raw(server.url, path);
      expect([path, r.status, r.type]).toEqual([path, 200, type]);
      expect(r.body).toContain(text);
    }
  });

  it("never serves a file outside its root, however the path is written", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/..\\secret.txt",
      "/%5c..%5csecret.txt",
      "/link.txt",
      "/index.html%00.js",
      "/%E0%A4%A",
      "//etc/passwd",
    ]) {
      const r = await raw(server.url, path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body).not.toContain("do not serve");
    }
  });

  it("answers HEAD without a body, refuses other methods, and 404s a missing file", async () => {
    const head = await raw(server.url, "/index.html", "HEAD");
    expect([head.status, head.body]).toEqual([200, ""]);
    expect((await raw(server.url, "/index.html", "POST")).status).toBe(405);
    expect((await raw(server.url, "/nope.js")).status).toBe(404);
  });

  it("resolveRequestPath() maps / to index.html and keeps every path inside the root", () => {
    expect(resolveRequestPath("/srv/lab", "/")).toBe("/srv/lab/index.html");
    expect(resolveRequestPath("/srv/lab", "/a/b.js")).toBe("/srv/lab/a/b.js");
    expect(resolveRequestPath("/srv/lab", "/../lab2/x")).toBeNull();
    expect(resolveRequestPath("/srv/lab", "/..%2F..%2Fx")).toBeNull();
    expect(resolveRequestPath("/srv/lab", "/a%00b")).toBeNull();
    expect(resolveRequestPath("/srv/lab", "/%ZZ")).toBeNull();
  });

  it("`refusal lab --port 0` prints its 127.0.0.1 URL, serves, and stops cleanly on Ctrl-C", async () => {
    const lab = await spawnLab(["--dir", root]);
    expect(lab.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await raw(lab.url, "/");
    expect(r.status).toBe(200);
    expect(await lab.stop()).toBe(0);
  });

  it("`refusal lab` rejects a bad port with a one-line error and exit code 2", () => {
    const r = labCliSync(["--port", "70000"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      'refusal: --port: expected an integer from 0 (any free port) to 65535, got "70000"',
    ]);
  });

  it("`refusal lab` names a port in use and suggests --port 0", () => {
    const r = labCliSync(["--port", String(server.port), "--dir", root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--port ${server.port}: in use; try --port 0`);
  });
});
