import { describe, expect, it } from 'vitest';
import { BENCH_ENV, MAIN_PHASES, markName, MARK_PREFIX, PAGE_PHASES } from '@shared/startup/marks';
import { INTERACTIVE_OBSERVER } from '../bench/page-timings';
import { engine, newProfileDir } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { INTERFACE_LANGUAGES, waitForLibrary } from '../harness/fixtures';

/** The renderer's scripts the page had received when the library entered the DOM (file names). */
const SCRIPTS_BEFORE_LIBRARY = `(() => {
  const shownAt = window.benchInteractiveAt;
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= shownAt)
    .map((entry) => new URL(entry.name).pathname.split('/').pop());
})()`;

const PAGE_MARKS = `performance.getEntriesByType('mark').map((mark) => mark.name).filter((name) => name.startsWith(${JSON.stringify(MARK_PREFIX)}))`;

describe.skipIf(engine().kind === 'none')('start-up', () => {
  const launch = appPerTest();

  it.each(INTERFACE_LANGUAGES)(
    'on a warm start, shows the library with its own code and the words of one language ($language) only',
    async ({ language, locale }) => {
      const profileDir = newProfileDir();
      await waitForLibrary((await launch({ locale, profileDir })).page);
      // The other language's words load once the page is idle: during a first run's ingest, say.
      const app = await launch({ locale, profileDir, initScripts: [INTERACTIVE_OBSERVER] });
      await waitForLibrary(app.page);
      await app.page.waitForFunction(() => 'benchInteractiveAt' in window);
      const scripts = (await app.page.evaluate(SCRIPTS_BEFORE_LIBRARY)) as string[];
      expect(scripts.filter((file) => file.startsWith('catalogue-'))).toEqual([
        expect.stringMatching(new RegExp(`^catalogue-${language}-`, 'u')),
      ]);
      expect(
        scripts.filter((file) =>
          /^(ReaderView|GlossaryView|AboutView|SearchView|NotesView|BookmarksView|search\.worker)-/u.test(file),
        ),
      ).toEqual([]);
    },
  );

  it('records no start-up mark in either process unless benchmarked', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    expect((await app.page.evaluate(PAGE_MARKS)) as string[]).toEqual([]);
    expect((await app.mainMarks()).filter((mark) => mark.name.startsWith(MARK_PREFIX))).toEqual([]);
  });

  it('marks every phase in both processes when benchmarked (REPERES_BENCH=1)', async () => {
    process.env[BENCH_ENV] = '1';
    try {
      const app = await launch();
      await waitForLibrary(app.page);
      await app.page.waitForFunction(
        (name) => performance.getEntriesByName(name).length > 0,
        markName('library-painted'),
      );
      expect(new Set((await app.page.evaluate(PAGE_MARKS)) as string[])).toEqual(new Set(PAGE_PHASES.map(markName)));
      const main = (await app.mainMarks()).map((mark) => mark.name).filter((name) => name.startsWith(MARK_PREFIX));
      expect(new Set(main)).toEqual(new Set(MAIN_PHASES.map(markName)));
    } finally {
      delete process.env[BENCH_ENV];
    }
  });
});
