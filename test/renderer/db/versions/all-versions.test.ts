import { describe, expect, it } from 'vitest';
import { databasesPerTest } from '../database';
import { DATABASE_VERSIONS, LATEST_DATABASE_VERSION } from '../../../../renderer/src/db/versions/all-versions';
import { openUpgraded, seedDatabaseAtVersion } from '../versioned-database';

describe('database versions', () => {
  const keep = databasesPerTest();

  it('are numbered 1, 2, 3… in order, the last being the latest', () => {
    expect(DATABASE_VERSIONS.map((declared) => declared.version)).toEqual(
      Array.from({ length: DATABASE_VERSIONS.length }, (_unused, index) => index + 1),
    );
    expect(LATEST_DATABASE_VERSION).toBe(DATABASE_VERSIONS.at(-1)?.version);
  });

  it.each(DATABASE_VERSIONS.map((declared) => declared.version).filter((version) => version < LATEST_DATABASE_VERSION))(
    'open at the latest version from an empty version %i database',
    async (version) => {
      const upgraded = keep(await openUpgraded(await seedDatabaseAtVersion(version, async () => undefined)));
      expect(upgraded.verno).toBe(LATEST_DATABASE_VERSION);
    },
  );
});
