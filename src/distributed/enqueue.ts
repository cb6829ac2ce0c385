import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { RunSpec } from "../experiments/specs.ts";
import { toWire } from "./wire.ts";

/** Runs per round trip when checking and adding jobs. */
const CHUNK = 500;

/**
 * Add a job for every pending run key that has none in Redis (job id = run key, data = the
 * run's spec, exactly encoded). A key whose job exists, in any state, is left alone: enqueueing
 * twice never duplicates a job. Returns how many jobs were added and how many were there already.
 */
export async function enqueueMissing(
  client: Redis,
  queue: Queue,
  pending: ReadonlyMap<string, readonly RunSpec[]>,
): Promise<{ added: number; present: number }> {
  const keys = [...pending.keys()];
  let added = 0;
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const pipe = client.pipeline();
    for (const k of chunk) pipe.exists(queue.toKey(k));
    const res = (await pipe.exec()) ?? [];
    const missing = chunk.filter((_, j) => res[j]?.[1] === 0);
    if (missing.length > 0)
      await queue.addBulk(
        missing.map((k) => ({ name: "run", data: toWire(pending.get(k)![0]), opts: { jobId: k } })),
      );
    added += missing.length;
  }
  return { added, present: keys.length - added };
}
