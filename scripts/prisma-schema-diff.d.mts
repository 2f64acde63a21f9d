type Filters = { externalTables?: string[]; externalEnums?: string[] };
export function diffDatabaseToSchema(options: { databaseUrl: string; schemaPath: string } & Filters): Promise<string>;
export function sqlFromEmptyToSchema(options: { schemaPath: string }): Promise<string>;
export function diffMigrationsToSchema(options: { databaseUrl: string; migrationsDir: string; schemaPath: string } & Filters): Promise<string>;
