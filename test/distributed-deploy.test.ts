import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseExperiment } from "../src/experiments/experiment-file.ts";
import { registry } from "../src/models/index.ts";

/** The Kubernetes files of deploy/ (docs/distributed.md): parseable, and wired to each other. */

const dir = join(process.cwd(), "deploy");
type Doc = Record<string, any>;
const docs: Doc[] = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((f) =>
    parseAllDocuments(readFileSync(join(dir, f), "utf8")).map((d) => {
      if (d.errors.length) throw new Error(`${f}: ${d.errors[0].message}`);
      return d.toJS() as Doc;
    }),
  );
const find = (kind: string, name: string) => {
  const d = docs.find((x) => x.kind === kind && x.metadata?.name === name);
  if (!d) throw new Error(`deploy/: no ${kind} ${name}`);
  return d;
};
const container = (d: Doc) => (d.spec.template.spec.containers as Doc[])[0];
const urlFrom = (c: Doc) =>
  (c.env as Doc[]).find((e) => e.name === "REFUSAL_REDIS_URL")?.valueFrom?.secretKeyRef as Doc | undefined;

describe("deploy/ Kubernetes files", () => {
  it("every document has an apiVersion, a kind, a name and the refusal namespace", () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    for (const d of docs) {
      expect(d.apiVersion, JSON.stringify(d.metadata)).toBeTruthy();
      expect(d.metadata.name).toBeTruthy();
      if (d.kind !== "Namespace") expect(d.metadata.namespace).toBe("refusal");
    }
  });

  it("the workers and the coordinator read the same Redis URL from the secret, and run the right commands", () => {
    const secret = find("Secret", "refusal-redis");
    const worker = container(find("Deployment", "refusal-worker"));
    const job = find("Job", "refusal-coordinator");
    const coordinator = container(job);
    expect(worker.args[0]).toBe("worker");
    expect(coordinator.args.slice(0, 4)).toEqual(["sweep", "/experiment/sweep.yaml", "--backend", "redis"]);
    for (const c of [worker, coordinator]) {
      expect(urlFrom(c)).toEqual({ name: "refusal-redis", key: "url" });
      expect(secret.stringData.url).toMatch(/^rediss?:\/\//);
    }
    expect(job.spec.template.spec.restartPolicy).toBe("OnFailure");
  });

  it("the coordinator's database is on the persistent volume and its experiment file is a valid experiment", () => {
    const job = find("Job", "refusal-coordinator");
    const db = container(job).args[container(job).args.indexOf("--db") + 1];
    const mounts = container(job).volumeMounts as Doc[];
    const results = mounts.find((m) => m.name === "results")!;
    expect(db.startsWith(`${results.mountPath}/`)).toBe(true);
    const volumes = job.spec.template.spec.volumes as Doc[];
    expect(volumes.find((v) => v.name === "results")!.persistentVolumeClaim.claimName).toBe(
      find("PersistentVolumeClaim", "refusal-results").metadata.name,
    );
    const text = find("ConfigMap", "refusal-experiment").data["sweep.yaml"];
    const exp = parseExperiment(text, "sweep.yaml", registry);
    expect(exp.model).toBe("wright");
  });

  it("the Redis of redis.yaml never evicts queue keys and takes its password from the secret", () => {
    const redis = container(find("Deployment", "refusal-redis"));
    expect(redis.args).toEqual(expect.arrayContaining(["--maxmemory-policy", "noeviction", "--requirepass"]));
    expect(redis.env[0].valueFrom.secretKeyRef).toEqual({ name: "refusal-redis", key: "password" });
    expect(find("Service", "refusal-redis").spec.ports[0].port).toBe(6379);
  });
});
