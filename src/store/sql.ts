// The little SQL surface the store needs, implemented by sqlite.ts and postgres.ts, so that the
// store logic (core.ts) is written once. Statements use `?` placeholders; the PostgreSQL adapter
// numbers them. Everything else in the SQL is written to run on both (ON CONFLICT, RETURNING).

export type Param = string | number | null | Buffer;

export interface SqlDb {
  readonly dialect: "sqlite" | "postgres";
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<number>;
  /** several statements, no parameters (migrations) */
  exec(sql: string): Promise<void>;
  /** run fn in one transaction on one connection; rolled back if it throws */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?` for n parameters */
export function marks(n: number): string {
  return new Array(n).fill("?").join(", ");
}
