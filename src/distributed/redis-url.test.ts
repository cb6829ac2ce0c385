import { describe, expect, it } from "vitest";
import { displayRedisUrl, parseRedisUrl } from "./redis-url.ts";

describe("parseRedisUrl", () => {
  it("parseRedisUrl() reads host, port (default 6379) and TLS from the scheme", () => {
    expect(parseRedisUrl("redis://cache.lan")).toMatchObject({ host: "cache.lan", port: 6379, tls: false });
    expect(parseRedisUrl("rediss://10.0.0.5:6380/2")).toMatchObject({
      host: "10.0.0.5",
      port: 6380,
      tls: true,
    });
  });

  it("parseRedisUrl() keeps the URL as given for the client but masks the password in display", () => {
    const t = parseRedisUrl("redis://worker:p%40ss@host:7000/1");
    expect(t.url).toBe("redis://worker:p%40ss@host:7000/1");
    expect(t.display).toBe("redis://worker:***@host:7000/1");
    expect(parseRedisUrl("rediss://:secret@host").display).toBe("rediss://:***@host");
  });

  it("parseRedisUrl() refuses other schemes, a missing host and a non-numeric database, never echoing a password", () => {
    expect(() => parseRedisUrl("http://host:6379")).toThrow(
      /expected a redis:\/\/ or rediss:\/\/ \(TLS\) URL/,
    );
    expect(() => parseRedisUrl("redis://host/zero")).toThrow(/database after the host must be a number/);
    expect(() => parseRedisUrl("not a url :secret@")).toThrow(/expected a URL like/);
    try {
      parseRedisUrl("redis//user:hunter2@host");
    } catch (e) {
      expect((e as Error).message).not.toContain("hunter2");
    }
  });

  it("displayRedisUrl() masks credentials even in text that is not a URL", () => {
    expect(displayRedisUrl("redis://:pw@h:1")).toBe("redis://:***@h:1");
    expect(displayRedisUrl("bogus://u:pw@h x")).toBe("bogus://***@h x");
  });
});
