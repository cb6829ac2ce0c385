/**
 * The regression corpus of issue 11: every hostile or careless input found, as a command line.
 * `$BAD` is this folder (files kept in git), `$FX` a folder of fixtures the test makes (databases,
 * a FIFO, large files). Each case must end with `code`, exactly one line on stderr matching
 * `stderr`, no stack trace, no "internal error", and nothing written.
 */
export interface BadInput {
  name: string;
  args: string[];
  code: number;
  stderr: RegExp;
}

const q = (sql: string): string[] => ["query", "$FX/r.duckdb", sql];

export const CASES: BadInput[] = [
  // Data loss
  {
    name: "report DB --out DB",
    args: ["report", "$FX/r.duckdb", "--out", "$FX/r.duckdb"],
    code: 2,
    stderr: /^refusal: --out \S+: is the results database .* \(writing it would destroy it\)/,
  },
  {
    name: "export --out DB",
    args: ["export", "$FX/r.duckdb", "--experiment", "exp", "--format", "csv", "--out", "$FX/r.duckdb"],
    code: 2,
    stderr: /is the results database/,
  },
  {
    name: "export --out a link to DB",
    args: ["export", "$FX/r.duckdb", "--experiment", "exp", "--out", "$FX/link.parquet"],
    code: 2,
    stderr: /is the results database/,
  },
  {
    name: "report --out another DuckDB file",
    args: ["report", "$FX/r.duckdb", "--out", "$FX/views.duckdb"],
    code: 2,
    stderr: /is a DuckDB database; refusal never replaces a database/,
  },
  {
    name: "run --out the scenario file",
    args: ["run", "$FX/copy.json", "--out", "$FX/copy.json"],
    code: 2,
    stderr: /is the scenario file/,
  },
  // query is read-only
  {
    name: "query COPY TO",
    args: q("COPY (SELECT 'pwned') TO 'pwned.csv'"),
    code: 2,
    stderr: /^refusal: query: Permission Error: .*disabled by configuration/,
  },
  {
    name: "query EXPORT DATABASE",
    args: q("EXPORT DATABASE 'dump'"),
    code: 2,
    stderr: /^refusal: query: Permission Error/,
  },
  {
    name: "query ATTACH",
    args: q("ATTACH 'other.duckdb'"),
    code: 2,
    stderr: /^refusal: query: ATTACH statements are not allowed/,
  },
  {
    name: "query SET",
    args: q("SET threads = 1"),
    code: 2,
    stderr: /^refusal: query: SET statements are not allowed/,
  },
  {
    name: "query INSTALL httpfs",
    args: q("INSTALL httpfs"),
    code: 2,
    stderr: /^refusal: query: LOAD statements are not allowed/,
  },
  {
    name: "query read_csv('/etc/passwd')",
    args: q("SELECT * FROM read_csv('/etc/passwd')"),
    code: 2,
    stderr: /disabled by configuration/,
  },
  {
    name: "query read_text",
    args: q("SELECT * FROM read_text('/etc/passwd')"),
    code: 2,
    stderr: /disabled by configuration/,
  },
  {
    name: "query glob('/root/*')",
    args: q("SELECT * FROM glob('/root/*')"),
    code: 2,
    stderr: /disabled by configuration/,
  },
  {
    name: "query getenv('HOME')",
    args: q("SELECT getenv('HOME')"),
    code: 2,
    stderr: /^refusal: query: Catalog Error/,
  },
  {
    name: "query two statements",
    args: q("SELECT 1; SELECT 2"),
    code: 2,
    stderr: /^refusal: query: expected one SQL statement, got 2/,
  },
  {
    name: "query error exits 2",
    args: q("SELECT nosuch FROM runs"),
    code: 2,
    stderr: /^refusal: query: Binder Error/,
  },
  {
    name: "query PRAGMA enable_profiling",
    args: q("PRAGMA enable_profiling"),
    code: 2,
    stderr: /PRAGMA statements are not allowed/,
  },
  // Other programs' files, damaged databases
  {
    name: "--db another program's DuckDB file with a WAL",
    args: ["sweep", "$BAD/tiny.yaml", "--db", "$FX/wal.duckdb", "--workers", "0"],
    code: 2,
    stderr: /a DuckDB file of something else \(no meta table\): it holds table 'prices'/,
  },
  {
    name: "--db a DuckDB file of views only",
    args: ["sweep", "$BAD/tiny.yaml", "--db", "$FX/views.duckdb", "--workers", "0"],
    code: 2,
    stderr: /it holds view 'v'/,
  },
  {
    name: "a truncated database",
    args: ["runs", "$FX/truncated.duckdb"],
    code: 2,
    stderr: /damaged results database: the file is truncated/,
  },
  {
    name: "a refusal database whose tables were dropped",
    args: ["runs", "$FX/dropped.duckdb"],
    code: 2,
    stderr: /damaged results database: the table 'runs' is missing/,
  },
  {
    name: "a foreign meta table",
    args: ["runs", "$FX/meta.duckdb"],
    code: 2,
    stderr: /its meta table has columns id INTEGER/,
  },
  // Hangs and memory without bound
  {
    name: "run --horizon 1e12",
    args: ["run", "goodwin", "--horizon", "1e12"],
    code: 2,
    stderr: /^refusal: --horizon: expected a number > 0 and <= 10000000, got "1e12"$/,
  },
  {
    name: "run --horizon 1e300",
    args: ["run", "goodwin", "--horizon", "1e300"],
    code: 2,
    stderr: /--horizon: expected a number/,
  },
  {
    name: "demo --horizon 1e12",
    args: ["demo", "--horizon", "1e12"],
    code: 2,
    stderr: /--horizon: expected a number/,
  },
  {
    name: "a FIFO as a scenario file",
    args: ["run", "$FX/fifo.yaml"],
    code: 2,
    stderr: /cannot read: a named pipe \(FIFO\), expected a regular scenario file/,
  },
  {
    name: "a FIFO as --db",
    args: ["runs", "$FX/fifo.yaml"],
    code: 2,
    stderr: /a named pipe \(FIFO\), not a refusal results database/,
  },
  {
    name: "--db /dev/zero",
    args: ["sweep", "$BAD/tiny.yaml", "--db", "/dev/zero", "--workers", "0"],
    code: 2,
    stderr: /\/dev\/zero: a character device, not a refusal results database/,
  },
  { name: "--db /dev/urandom", args: ["runs", "/dev/urandom"], code: 2, stderr: /a character device/ },
  {
    name: "a directory as a scenario file",
    args: ["validate", "$FX/dir.yaml"],
    code: 2,
    stderr: /cannot read: (a directory|is a directory)/,
  },
  {
    name: "a 50 MB JSON scenario",
    args: ["run", "$FX/big.json"],
    code: 2,
    stderr:
      /50 MiB is larger than the limit of 1 MiB for a scenario file \(raise it with --max-file-size MiB\)/,
  },
  {
    name: "a 1.8 MB YAML file of 160,000 keys",
    args: ["validate", "$FX/keys-160k.yaml"],
    code: 2,
    stderr: /larger than the limit of 1 MiB/,
  },
  {
    name: "40,000 keys and a duplicate, found in linear time",
    args: ["validate", "$FX/keys-40k.yaml"],
    code: 2,
    stderr: /:40003:3: params\.key0: duplicate key 'key0'$/,
  },
  {
    name: "an experiment with a 10^7-point grid",
    args: ["sweep", "$BAD/grid-1e7.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /10,004,569 runs planned, more than the limit of 1,000,000 \(raise it with --max-runs N\)/,
  },
  {
    name: "LHS with 10^7 samples",
    args: ["sweep", "$BAD/lhs-1e7.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /10,000,000 runs planned/,
  },
  {
    name: "levels: 1e9",
    args: ["sweep", "$BAD/levels-1e9.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /1,000,000,000 runs planned/,
  },
  {
    name: "10^6 seeds x 10 points",
    args: ["sweep", "$BAD/seeds-1e6-x10.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /10,000,000 runs planned/,
  },
  {
    name: "--max-runs raises the run limit, the memory limit still holds",
    args: ["sweep", "$BAD/lhs-1e7.yaml", "--db", "x.duckdb", "--max-runs", "20000000"],
    code: 2,
    stderr:
      /estimated to need .* of memory to plan, more than the limit of 512 MiB \(raise it with --max-memory MiB\)/,
  },
  {
    name: "a thesis with horizon: 1e12",
    args: ["theses", "--dir", "$BAD/theses-horizon", "--db", "x.duckdb"],
    code: 2,
    stderr: /T1\.yaml:10:10: horizon: expected a number <= 10000000/,
  },
  // Silent acceptance, messages that lie
  {
    name: "__proto__ in params",
    args: ["validate", "$BAD/proto-params.yaml"],
    code: 2,
    stderr: /proto-params\.yaml:3:3: params\.__proto__: the key '__proto__' is not allowed/,
  },
  {
    name: "--set __proto__=...",
    args: ["run", "goodwin", "--set", "__proto__={nu: 5}"],
    code: 2,
    stderr: /^refusal: --set __proto__=\{nu: 5\}: params\.__proto__: the key '__proto__' is not allowed/,
  },
  {
    name: "--set a nested __proto__",
    args: ["run", "goodwin", "--set", "nu={__proto__: 1}"],
    code: 2,
    stderr: /the key '__proto__' is not allowed/,
  },
  {
    name: "a .json scenario with a trailing comma",
    args: ["validate", "$BAD/trailing-comma.json"],
    code: 2,
    stderr:
      /trailing-comma\.json:4:1: expected a property name in double quotes \(JSON allows no trailing comma\)/,
  },
  {
    name: "Sobol samples not a power of two",
    args: ["sweep", "$BAD/sobol-not-power-of-two.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /design\.samples: sobol needs a power of two .* got 100; use 64 or 128$/,
  },
  {
    name: "grid with samples",
    args: ["sweep", "$BAD/grid-with-samples.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /design\.samples: grid takes no samples/,
  },
  {
    name: "a factor range with min > max",
    args: ["sweep", "$BAD/min-above-max.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /factors\.nu: expected min < max/,
  },
  {
    // Robustness ranges are the model's now (src/models/ranges.test.ts: min <= max); a thesis
    // that still gives its own, here with min > max, is refused, not ignored.
    name: "a thesis robustness range with min > max",
    args: ["theses", "--dir", "$BAD/theses-range", "--db", "x.duckdb"],
    code: 2,
    stderr: /T1\.yaml:31:3: robustness\.factors: unknown key 'factors'; expected one of: trajectories, /,
  },
  {
    name: "a thesis robustness analysis of 2,000,936 runs",
    args: ["theses", "--robustness", "--dir", "$BAD/theses-robustness-runs", "--db", "x.duckdb"],
    code: 2,
    stderr:
      /T1\.yaml: robustness: 2,000,936 runs planned, more than the limit of 1,000,000 \(raise it with --max-runs N\)$/,
  },
  {
    name: "--horizon 1e-300",
    args: ["run", "goodwin", "--horizon", "1e-300"],
    code: 2,
    stderr: /^refusal: --horizon: expected at least one step of goodwin \(0\.05 years?\), got 1e-300$/,
  },
  {
    name: "a key with a newline and ANSI escapes",
    args: ["validate", "$BAD/ansi-key.yaml"],
    code: 2,
    stderr:
      /params\.nu\\nrefusal: forged line \\x1b\[31m: unknown key 'nu\\nrefusal: forged line \\x1b\[31m'/,
  },
  {
    name: "theses --dir /missing",
    args: ["theses", "--dir", "/missing-refusal-dir", "--db", "x.duckdb"],
    code: 2,
    stderr: /^refusal: --dir \/missing-refusal-dir: no such directory$/,
  },
  {
    name: "theses --dir a file",
    args: ["theses", "--dir", "$BAD/tiny.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /--dir \S+tiny\.yaml: not a directory$/,
  },
  {
    name: "an integer parameter given a real range",
    args: ["sweep", "$BAD/integer-real-range.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /factors\.N: the parameter 'N' takes integers only, and grid gives it 12\.5: add 'integer: true'/,
  },
  {
    name: "record.series [x, x]",
    args: ["sweep", "$BAD/duplicate-series.yaml", "--db", "x.duckdb"],
    code: 2,
    stderr: /record\.series\[1\]: the metric 'omega' is listed twice$/,
  },
  {
    name: "a scenario with horizon: 1e12",
    args: ["validate", "$BAD/horizon-1e12.yaml"],
    code: 2,
    stderr: /horizon-1e12\.yaml:2:10: horizon: expected a number <= 10000000/,
  },
  {
    name: "--workers 1025",
    args: ["sweep", "$BAD/tiny.yaml", "--workers", "1025", "--db", "x.duckdb"],
    code: 2,
    stderr: /^refusal: --workers: expected an integer from 0 \(inline\) to 1024, got "1025"$/,
  },
  {
    name: "--job-timeout without --backend redis",
    args: ["sweep", "$BAD/tiny.yaml", "--workers", "0", "--job-timeout", "5", "--db", "x.duckdb"],
    code: 2,
    stderr: /^refusal: --job-timeout: only used with --backend redis \(got --backend inline\)$/,
  },
  {
    name: "--job-retries 1e3",
    args: ["sweep", "$BAD/tiny.yaml", "--job-retries", "1e3", "--db", "x.duckdb"],
    code: 2,
    stderr: /^refusal: --job-retries: expected an integer from 0 to 10, got "1e3"$/,
  },
  {
    name: "--job-timeout 0",
    args: ["sweep", "$BAD/tiny.yaml", "--job-timeout", "0", "--db", "x.duckdb"],
    code: 2,
    stderr: /^refusal: --job-timeout: expected a number of seconds above 0/,
  },
  {
    name: "--port 70000",
    args: ["lab", "--port", "70000"],
    code: 2,
    stderr: /^refusal: --port: expected an integer from 0/,
  },
  {
    name: "--seed 1e300",
    args: ["run", "goodwin", "--seed", "1e300"],
    code: 2,
    stderr: /^refusal: --seed: expected an integer from 0 to 9007199254740991, got "1e300"$/,
  },
  {
    name: "--max-file-size nonsense",
    args: ["validate", "$BAD/proto-params.yaml", "--max-file-size", "-1"],
    code: 2,
    stderr: /^refusal: --max-file-size: expected a number above 0/,
  },
];
