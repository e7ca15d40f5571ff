import type { DatabaseVersion } from './database-version';
import { VERSION_1 } from './v1';
import { VERSION_2 } from './v2';
import { VERSION_3 } from './v3';
import { VERSION_4 } from './v4';
import { VERSION_5 } from './v5';
import { VERSION_6 } from './v6';
import { VERSION_7 } from './v7';

/**
 * Every version of the offline store, oldest first. To add one: a new file `vN.ts` exporting
 * its stores and its upgrade (pure row functions beside it), appended here, and a test that
 * seeds a version N-1 database and opens the app's database on it.
 */
export const DATABASE_VERSIONS: readonly DatabaseVersion[] = [
  VERSION_1,
  VERSION_2,
  VERSION_3,
  VERSION_4,
  VERSION_5,
  VERSION_6,
  VERSION_7,
];

export const LATEST_DATABASE_VERSION = DATABASE_VERSIONS.length;
