import { DuckDBInstance } from "@duckdb/node-api";

/**
 * Turn a results database into what refusal wrote before it stored designs (schema version 1):
 * the design tables dropped, the version set back. The file must not be open.
 */
export async function asSchemaVersion1(path: string): Promise<void> {
  const inst = await DuckDBInstance.create(path);
  const conn = await inst.connect();
  try {
    await conn.run("DROP TABLE designs");
    await conn.run("DROP TABLE design_roles");
    await conn.run("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
