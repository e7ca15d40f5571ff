import { personDataVersion2 } from '../../../user-data-fixture';
import { bookmarkFromVersion2, noteFromVersion2 } from '../../../../renderer/src/db/versions/v3';
import { noteFromVersion3 } from '../../../../renderer/src/db/versions/v5';

/** A person's notes, bookmarks and settings as version 5 stores them (and versions after it). */
export function personRowsVersion5() {
  const version2 = personDataVersion2();
  return {
    notes: version2.notes.map(noteFromVersion2).map(noteFromVersion3),
    bookmarks: version2.bookmarks.map(bookmarkFromVersion2),
    settings: version2.settings,
  };
}
