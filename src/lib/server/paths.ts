// Where the project's files live at run time: the checkout root (ITA_ROOT overrides) and the database file (ITA_DB).
import path from 'node:path';

export function projectRoot(): string {
  return process.env.ITA_ROOT ?? process.cwd();
}

export function projectPath(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}

/** The DuckDB file: ITA_DB, else data/ita.duckdb. ':memory:' gives an in-memory database. */
export function databasePath(): string {
  return process.env.ITA_DB ?? projectPath('data', 'ita.duckdb');
}
