import { bundledDataset } from '../../dataset-fixture';
import { blockPassages } from '@shared/document/passages';
import { buildBackupEnvelope } from '@shared/backup/envelope';
import { readBackup } from '@shared/backup/read';
import type { NoteRow } from '@shared/backup/user-rows';
import type { Page } from 'playwright-core';
import { engine, launchApp } from '../harness/app-handle';
import { chromiumBinary } from '../harness/engine';
import { goTo, putRows, waitForLibrary } from '../harness/fixtures';
import { runScript } from '../run-script';
import { withKeystrokeBaseline } from './keystroke-baseline';
import { parseBenchOptions } from './options';
import { median, percentile, table, writeResults } from './report';
import { TIME_SHOWN, type Shown } from './time-shown';

/**
 * `npm run bench:notes [-- --runs N]`: a person with 10,000 notes spread over every passage of
 * the bundled documents (about a hundred: more notes per passage than the issue's 1,000
 * passages, so the margin and grouping work is heavier, not lighter), in the harness's Chromium. Times the Notes view to its first rows, each keystroke of a filter to
 * its list painted, a document with 200 notes to its margins painted (and one of them unfolded), saving one note with
 * strict durability, and exporting and re-importing the whole set (read, envelope, JSON,
 * validation, one transaction). Prints medians; asserts nothing about time.
 */

const NOTE_COUNT = 10_000;
const NOTES_ON_OPENED_DOCUMENT = 200;
const SAVES = 40;
const FIRST_FILTER = 'frontieres';
const SECOND_FILTER = 'reunion geneve';
/** How long the app is left to settle after starting with the notes. */
const SETTLE_MS = 5_000;
/** How long the library is shown before a document is opened from it. */
const LIBRARY_SETTLE_MS = 1_000;

/** 10,000 notes spread over the bundled passages, 200 of them on one document. */
function personNotes(): { notes: NoteRow[]; openedDocument: string; passageCount: number } {
  const dataset = bundledDataset();
  const passages = dataset.documents.flatMap((document) =>
    document.blocks.flatMap(blockPassages).map((passage) => ({ docId: document.id, ...passage })),
  );
  const openedDocument = 'los-angeles-declaration-statement';
  const onOpened = passages.filter((passage) => passage.docId === openedDocument);
  const others = passages.filter((passage) => passage.docId !== openedDocument);
  const words = ['réunion', 'Sahel', 'protection', 'frontières', 'dialogue', 'migrants', 'rapport', 'Genève'];
  const notes = Array.from({ length: NOTE_COUNT }, (_unused, index): NoteRow => {
    const passage =
      index < NOTES_ON_OPENED_DOCUMENT ? onOpened[index % onOpened.length]! : others[index % others.length]!;
    const exact = passage.text.slice(0, 24);
    return {
      id: `bench-${index}`,
      target: {
        docId: passage.docId,
        blockId: passage.blockId,
        itemId: passage.kind === 'item' ? passage.id : null,
        language: 'fr',
      },
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: passage.text.slice(24, 56) },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      body: `Note ${index} : ${words[index % words.length]} et ${words[(index * 7) % words.length]} à suivre.`,
      colour: index % 3 === 0 ? 'yellow' : null,
      tags: [words[index % words.length]!],
      anchorState: 'anchored',
      createdAt: 1_700_000_000_000 + index,
      updatedAt: 1_700_000_000_000 + index,
    };
  });
  return { notes, openedDocument, passageCount: passages.length };
}

/** Runs a page script and times it until `ready` holds on screen (see `TIME_SHOWN`). */
const timeUntil = (page: Page, action: string, ready: string): Promise<Shown> =>
  page.evaluate(`(async () => {
    ${TIME_SHOWN}
    const started = performance.now();
    ${action};
    return await new Promise((resolve) => timeShown(started, () => ${ready}, resolve));
  })()`) as Promise<Shown>;

/**
 * Two searches a person makes in a filter field: one word typed on, then the field retyped
 * with two words (its first keystroke replaces the whole filter). 24 keystrokes, so p95 is not
 * the maximum. Each timed until `shown(typed)` holds on screen.
 */
async function typeFilters(page: Page, field: string, shown: (typed: string) => string): Promise<Shown[]> {
  const keystrokes: Shown[] = [];
  const typings = [...FIRST_FILTER].map((_letter, index) => FIRST_FILTER.slice(0, index + 1));
  typings.push(...[...SECOND_FILTER].map((_letter, index) => SECOND_FILTER.slice(0, index + 1)));
  for (const typed of typings) {
    keystrokes.push(
      await timeUntil(
        page,
        `(() => {
          const input = document.querySelector(${JSON.stringify(field)});
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(input, ${JSON.stringify(typed)});
          input.dispatchEvent(new Event('input', { bubbles: true }));
        })()`,
        shown(typed),
      ),
    );
  }
  return keystrokes;
}

/**
 * The same filters typed in the keystroke yardstick (`keystroke-baseline.ts`), just before the
 * app in the same run: what a keystroke costs a page that does next to nothing, now.
 */
const baselineKeystrokes = (chromiumPath: string): Promise<Shown[]> =>
  withKeystrokeBaseline(chromiumPath, (page) =>
    typeFilters(
      page,
      '.search-field input',
      (typed) => `document.querySelector('.search-summary').textContent.includes(${JSON.stringify(`“${typed}”`)})`,
    ),
  );

async function oneRun(openedDocument: string, notes: NoteRow[]) {
  const app = await launchApp();
  try {
    await waitForLibrary(app.page);
    await putRows(app.page, 'notes', notes);
    // A person with 10,000 notes starts the app with them: reload, and let the start-up's idle
    // work (views fetched ahead, the search worker indexing the notes) finish, rather than
    // timing the views against a bulk write still being indexed.
    await app.page.reload();
    await waitForLibrary(app.page);
    await app.page.waitForTimeout(SETTLE_MS);
    const notesView = await timeUntil(
      app.page,
      "location.hash = '#/notes'",
      "document.querySelector('.note-list-item')",
    );
    const keystrokes = await typeFilters(
      app.page,
      '.list-filter',
      (typed) => `document.querySelector('.virtual-list')?.dataset.filter === ${JSON.stringify(typed)}`,
    );
    await goTo(app.page, '#/');
    await waitForLibrary(app.page);
    // From the library settled, as a person opens a document after reading the list (and as the
    // Notes view is timed from a settled app): opened the instant the library shows, the timing
    // took in the last 30–40 ms of the library's own rendering (a trace: it is on screen before
    // its list is laid out and painted, and busy for about 80 ms in all).
    await app.page.waitForTimeout(LIBRARY_SETTLE_MS);
    // Open when every note of the document is in its margin: as a card, or counted on the
    // button that unfolds a margin of many (`foldMargin`); then that button pressed on the
    // first such margin, until all its cards are on screen.
    const openDocument = await timeUntil(
      app.page,
      `location.hash = '#/read/${openedDocument}'`,
      `[...document.querySelectorAll('.margin-notes[data-note-count]')].reduce((sum, margin) => sum + Number(margin.dataset.noteCount), 0) >= ${NOTES_ON_OPENED_DOCUMENT}`,
    );
    const unfoldMargin = await timeUntil(
      app.page,
      `document.querySelector('.margin-notes-fold[aria-expanded="false"]').click()`,
      `(() => {
        const margin = document.querySelector('.margin-notes-fold[aria-expanded="true"]')?.closest('.margin-notes');
        return margin && margin.querySelectorAll('.note-card').length === Number(margin.dataset.noteCount);
      })()`,
    );
    const saves = (await app.page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const times = [];
      for (let index = 0; index < ${SAVES}; index += 1) {
        const started = performance.now();
        await new Promise((resolve, reject) => {
          const transaction = db.transaction('notes', 'readwrite', { durability: 'strict' });
          const store = transaction.objectStore('notes');
          const read = store.get('bench-' + index);
          read.onsuccess = () => store.put({ ...read.result, body: read.result.body + ' !', updatedAt: Date.now() });
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
        times.push(performance.now() - started);
      }
      db.close();
      return times;
    })()`)) as number[];

    // Export then re-import, as the app does them in its renderer: read every note, write the
    // envelope as JSON; parse it back and write it in one strict transaction (in the page, timed
    // there). Validating the envelope on the way out and in (the schema) is timed here in Node on
    // the same rows, since the page has no access to the app's modules.
    const inPage = (await app.page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const request = (target) => new Promise((resolve, reject) => {
        target.onsuccess = () => resolve(target.result);
        target.onerror = () => reject(target.error);
      });
      const exportStarted = performance.now();
      const notes = await request(db.transaction('notes').objectStore('notes').getAll());
      const file = JSON.stringify({ format: 'reperes-backup', version: 2, data: { notes, bookmarks: [], settings: [] } });
      const exported = performance.now() - exportStarted;
      // The backup is restored where it is needed: on a fresh profile (a new laptop), whose
      // store is empty. (On the same profile the app writes nothing, every row being unchanged.)
      await new Promise((resolve, reject) => {
        const transaction = db.transaction('notes', 'readwrite');
        transaction.objectStore('notes').clear();
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      const importStarted = performance.now();
      const parsed = JSON.parse(file);
      await new Promise((resolve, reject) => {
        const transaction = db.transaction('notes', 'readwrite', { durability: 'strict' });
        for (const note of parsed.data.notes) transaction.objectStore('notes').put(note);
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      const imported = performance.now() - importStarted;
      db.close();
      return { exported, imported, fileBytes: file.length };
    })()`)) as { exported: number; imported: number; fileBytes: number };
    const validationStarted = performance.now();
    const built = buildBackupEnvelope({
      data: { notes, bookmarks: [], settings: [], importedDocuments: [] },
      appVersion: '0.1.0',
      exportedAt: new Date(),
    });
    if (!built.ok) throw new Error(built.error.detail);
    const read = readBackup(JSON.parse(JSON.stringify(built.value)));
    if (!read.ok) throw new Error(read.error.detail);
    const validation = performance.now() - validationStarted;
    const { exported, imported, fileBytes } = inPage;
    process.stderr.write(`keystrokes: ${keystrokes.map((k) => k.painted.toFixed(0)).join(' ')}\n`);
    return { notesView, keystrokes, openDocument, unfoldMargin, saves, exported, imported, validation, fileBytes };
  } finally {
    await app.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchOptions(argv, { defaultRuns: 3 });
  if (!options.ok) {
    process.stderr.write(`bench:notes: ${options.error}\n`);
    return 2;
  }
  if (engine().kind === 'none') {
    process.stderr.write('bench:notes: no engine to run the app in\n');
    return 1;
  }
  const { notes, openedDocument, passageCount } = personNotes();
  const runs: Array<Awaited<ReturnType<typeof oneRun>>> = [];
  const chromiumPath = chromiumBinary();
  const baselines: Shown[][] = [];
  for (let run = 0; run < options.value.runs; run += 1) {
    if (chromiumPath) baselines.push(await baselineKeystrokes(chromiumPath));
    runs.push(await oneRun(openedDocument, notes));
  }
  const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  type Run = Awaited<ReturnType<typeof oneRun>>;
  /** A measure of what shows, as painted and at the frame after. */
  const shown = (pick: (run: Run, at: keyof Shown) => number): [string, string] => [
    ms(median(runs.map((run) => pick(run, 'painted')))),
    ms(median(runs.map((run) => pick(run, 'nextFrame')))),
  ];
  const keystrokesAt = (run: Run, at: keyof Shown): number[] => run.keystrokes.map((keystroke) => keystroke[at]);
  const rows = [
    ['measure (median of runs)', 'value', 'to the frame after', 'target'],
    ['Notes view → first rows', ...shown((run, at) => run.notesView[at]), '≤ 150 ms'],
    ['filter keystroke → list painted, p95', ...shown((run, at) => percentile(keystrokesAt(run, at), 0.95)), '≤ 50 ms'],
    [
      '  (p50 / max)',
      `${ms(median(runs.map((run) => percentile(keystrokesAt(run, 'painted'), 0.5))))} / ${ms(median(runs.map((run) => Math.max(...keystrokesAt(run, 'painted')))))}`,
      `${ms(median(runs.map((run) => percentile(keystrokesAt(run, 'nextFrame'), 0.5))))} / ${ms(median(runs.map((run) => Math.max(...keystrokesAt(run, 'nextFrame')))))}`,
      '',
    ],
    ...(baselines.length === runs.length
      ? [
          [
            '  yardstick: the same keystrokes → text painted, p95',
            ...(['painted', 'nextFrame'] as const).map((at) =>
              ms(
                median(
                  baselines.map((keystrokes) =>
                    percentile(
                      keystrokes.map((one) => one[at]),
                      0.95,
                    ),
                  ),
                ),
              ),
            ),
            '',
          ],
          [
            '  filter keystroke p95 over the yardstick',
            `×${median(
              runs.map(
                (run, index) =>
                  percentile(keystrokesAt(run, 'painted'), 0.95) /
                  percentile(
                    baselines[index]!.map((one) => one.painted),
                    0.95,
                  ),
              ),
            ).toFixed(2)}`,
            '',
            '',
          ],
        ]
      : []),
    [`open a document with ${NOTES_ON_OPENED_DOCUMENT} notes`, ...shown((run, at) => run.openDocument[at]), '≤ 150 ms'],
    ['  then show all the notes of its first folded margin', ...shown((run, at) => run.unfoldMargin[at]), ''],
    ['save one note (strict), p95', ms(median(runs.map((run) => percentile(run.saves, 0.95)))), '', '≤ 10 ms'],
    [
      `export + re-import ${NOTE_COUNT.toLocaleString('en')} notes`,
      ms(median(runs.map((run) => run.exported + run.imported + run.validation))),
      '',
      '≤ 3,000 ms',
    ],
  ];
  process.stdout.write(
    `bench:notes — ${NOTE_COUNT.toLocaleString('en')} notes on ${passageCount} passages, ${runs.length} run(s)\n\n${table(rows)}\n`,
  );
  process.stdout.write(`\nresults: ${writeResults('notes', runs)}\n`);
  return 0;
}

runScript('bench:notes', () => main(process.argv.slice(2)));
