import type { DBCore, DBCoreMutateRequest, Dexie } from 'dexie';

export interface RecordedTransaction {
  tables: string[];
  mode: string;
  durability: string | undefined;
}

export interface RecordedMutation {
  table: string;
  type: DBCoreMutateRequest['type'];
}

/**
 * Records, below Dexie's own API, every transaction a database opens and every mutation it
 * makes (add, put, delete, deleteRange — `clear` included). Must be installed before the
 * database opens.
 */
export function recordDbCore(db: Dexie): { transactions: RecordedTransaction[]; mutations: RecordedMutation[] } {
  const transactions: RecordedTransaction[] = [];
  const mutations: RecordedMutation[] = [];
  db.use({
    stack: 'dbcore',
    name: 'test-recorder',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (tables, mode, options) => {
        transactions.push({ tables: [...tables], mode, durability: options?.durability });
        return down.transaction(tables, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            mutations.push({ table: name, type: request.type });
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return { transactions, mutations };
}
