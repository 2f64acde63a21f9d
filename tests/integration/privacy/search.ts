import pg from "pg";

// Searches every text, character, JSON and text-array column of every table in every schema of the test
// database (information_schema, so tables and columns added later are searched too) for each needle,
// case-insensitively; returns "schema.table.column" for each hit.
export async function findEverywhere(needles: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ schema: string; table: string; column: string }>(`
      SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
      FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`);
    const hits: string[] = [];
    for (const { schema, table, column } of columns) {
      for (const needle of needles) {
        const { rows } = await client.query(`SELECT 1 FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%' LIMIT 1`, [needle]);
        if (rows.length > 0) hits.push(`${schema}.${table}.${column} (${needle})`);
      }
    }
    return hits;
  } finally {
    await client.end();
  }
}

/** How many text and JSON columns the search covers, so a test can show it searched something. */
export async function searchedColumnCount(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(`
      SELECT count(*)::int AS count FROM information_schema.columns
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND data_type IN ('text', 'character varying', 'json', 'jsonb')`);
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}
