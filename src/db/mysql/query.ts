/** One SQL round trip returning rows as objects; the session binds it to its connection. */
export type MysqlQuery = <T>(sql: string, params?: readonly unknown[]) => Promise<T[]>;

/** The same, rows as arrays in select-list order (column names may repeat or be hostile). */
export type MysqlArrayQuery = (sql: string, params?: readonly unknown[]) => Promise<unknown[][]>;
