// A child process for the durability test: opens the embedded database the way the
// app does, then commits small transactions as fast as it can, acknowledging each
// one on stdout only after its commit returned. The test kills it with SIGKILL.
//
//   node --import tsx test/support/durability-writer.ts <data-dir>
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: durability-writer.ts <data-dir>\n');
  process.exit(2);
}

const database = await openDatabase({ dataDir });
await migrate(database);
const { db } = database;

// Tables of its own, so the probe does not depend on the app schema's columns.
await db.execute(sql`create table if not exists durability_probe (id integer primary key, payload text not null)`);
await db.execute(sql`create table if not exists durability_tally (one integer primary key, rows integer not null)`);
await db.execute(sql`insert into durability_tally values (1, 0) on conflict do nothing`);

const last = await db.execute(sql`select coalesce(max(id), 0)::int as id from durability_probe`);
let id = (last as unknown as { rows: { id: number }[] }).rows[0]?.id ?? 0;
process.stdout.write(`ready ${id}\n`);

// Two statements per transaction: after a crash the tally must still equal the row
// count, or a transaction was half applied.
const payload = 'x'.repeat(512);
for (;;) {
  id += 1;
  const next = id;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into durability_probe (id, payload) values (${next}, ${payload})`);
    await tx.execute(sql`update durability_tally set rows = rows + 1 where one = 1`);
  });
  process.stdout.write(`ack ${next}\n`);
}
