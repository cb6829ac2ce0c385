import { createServer, type Server, type Socket } from "node:net";

/** Split RESP request arrays (`*2\r\n$4\r\nINFO\r\n...`) off a buffer; returns the commands and the rest. */
export function parseRespCommands(buf: Buffer): { commands: string[][]; rest: Buffer } {
  const commands: string[][] = [];
  let pos = 0;
  const line = (from: number) => {
    const end = buf.indexOf("\r\n", from);
    return end < 0 ? undefined : { text: buf.toString("latin1", from, end), next: end + 2 };
  };
  outer: while (pos < buf.length) {
    const head = line(pos);
    if (head === undefined || head.text[0] !== "*") break;
    const n = Number(head.text.slice(1));
    let p = head.next;
    const args: string[] = [];
    for (let i = 0; i < n; i++) {
      const len = line(p);
      if (!len) break outer;
      const size = Number(len.text.slice(1));
      if (buf.length < len.next + size + 2) break outer;
      args.push(buf.toString("utf8", len.next, len.next + size));
      p = len.next + size + 2;
    }
    commands.push(args);
    pos = p;
  }
  return { commands, rest: buf.subarray(pos) };
}

/**
 * A TCP server that answers like a Redis of the given version: INFO reports `redis_version`,
 * every other command gets `+OK`. Enough for a client to connect and read the version.
 */
export function startFakeRedis(version: string): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((sock) => {
    sockets.add(sock);
    sock.on("close", () => sockets.delete(sock));
    let pending: Buffer = Buffer.alloc(0);
    sock.on("data", (d) => {
      const { commands, rest } = parseRespCommands(Buffer.concat([pending, d]));
      pending = rest;
      for (const c of commands) {
        if (c[0]?.toUpperCase() === "INFO") {
          const body = `# Server\r\nredis_version:${version}\r\nredis_mode:standalone\r\nloading:0\r\n`;
          sock.write(`$${Buffer.byteLength(body)}\r\n${body}\r\n`);
        } else sock.write("+OK\r\n");
      }
    });
    sock.on("error", () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        port: (server.address() as { port: number }).port,
        close: () =>
          new Promise((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
