import { describe, expect, it } from 'vitest';
import { CONTENT_TABLES, USER_TABLES } from '../../../renderer/src/db/schema';
import { databasesPerTest, openTestDatabase } from './database';

describe('content and user tables', () => {
  const keep = databasesPerTest();

  it('every table of the latest version is in exactly one of the two lists, and every listed table exists', async () => {
    const db = keep(openTestDatabase());
    await db.open();
    const tables = db.tables.map((table) => table.name).sort();
    const listed: string[] = [...CONTENT_TABLES, ...USER_TABLES];
    for (const table of tables) {
      expect({ table, lists: listed.filter((name) => name === table).length }).toEqual({ table, lists: 1 });
    }
    expect([...listed].sort()).toEqual(tables);
  });
});
