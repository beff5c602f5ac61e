import type { Command } from 'commander';
import { emitTo, type CommandContext } from './context.js';

/** `piiscan schema snapshot <db-url>`: the committed picture `gate --schema … --snapshot` compares with. */
export function registerSchemaCommands(program: Command, ctx: CommandContext): void {
  const schema = program.command('schema').description('database schema snapshots for the schema gate');
  schema
    .command('snapshot')
    .description('write the tables, columns, types and comments of a database (read-only; the password is never written)')
    .argument('<db-url>', 'postgres://user@host:5432/db or mysql://user@host:3306/db')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (url: string, flags: { output?: string }) => {
      // The catalog readers bring the database drivers: loaded only when this command runs.
      const [{ readCatalog }, { parseDsn }, { makeSnapshot }] = await Promise.all([import('../../schema/catalog.js'), import('../../schema/dsn.js'), import('../../schema/snapshot.js')]);
      const dsn = parseDsn(url);
      const tables = await readCatalog(dsn);
      const snap = makeSnapshot(dsn.dialect, dsn.display, tables);
      emitTo(ctx, JSON.stringify(snap, null, 2) + '\n', flags.output);
      const columns = tables.reduce((n, t) => n + t.columns.length, 0);
      ctx.err(`piiscan schema snapshot: ${dsn.display}: ${tables.length} table(s), ${columns} column(s)\n`);
    });
}
