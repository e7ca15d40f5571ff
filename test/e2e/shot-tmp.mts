import { launchApp } from './harness/app-handle';
import { openDocument, putRows, waitForLibrary } from './harness/fixtures';
const app = await launchApp({ locale: 'en-GB', colorScheme: 'dark' });
await waitForLibrary(app.page);
const NOTES_DOC = 'regional-consultative-processes';
const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });
const target = (blockId: string | null, language: 'fr' | 'en') => ({ docId: NOTES_DOC, blockId, itemId: null, language });
const base = { position: null, body: '', colour: null, tags: [], anchorState: 'anchored', createdAt: 1, updatedAt: 1 };
try {
  await putRows(app.page, 'notes', [
    { ...base, id: 's1', target: target('p-06327f87', 'fr'), quote: quote('États membres'), colour: 'green', body: 'Vérifier la liste des **observateurs**.', tags: ['PCR'] },
    { ...base, id: 's3', target: target('p-dc4f13e7', 'en'), quote: quote('informal'), colour: 'blue', body: 'Key point: *informal*.', tags: ['briefing'] },
    { ...base, id: 's4', target: target(null, 'fr'), quote: quote(''), body: 'Page à partager.' },
    { ...base, id: 's5', target: target('p-00000000', 'fr'), quote: quote('une phrase retirée'), colour: 'yellow', body: 'Perdue.', anchorState: 'detached' },
  ]);
  await openDocument(app.page, NOTES_DOC);
  for (const mode of ['en']) {
    await app.page.locator(`[data-reading-mode="${mode}"]`).click();
    await app.page.locator('.margin-notes .note-card').first().waitFor({ timeout: 5000 });
    await app.page.locator('#block-p-06327f87').scrollIntoViewIfNeeded(); await app.page.screenshot({ path: `/tmp/shot-${mode}.png` });
  }
  await app.page.evaluate(`location.hash = '#/notes'`);
  await app.page.locator('.note-list-item').first().waitFor();
  await app.page.screenshot({ path: '/tmp/shot-notes.png' });
  await app.page.evaluate(`location.hash = '#/read/regional-consultative-processes'`);
  await app.page.locator('#block-p-06327f87').scrollIntoViewIfNeeded();
  await app.page.locator('#block-p-06327f87 .passage-action').first().click();
  await app.page.evaluate(`location.hash = '#/bookmarks'`);
  await app.page.locator('.bookmark-item').first().waitFor();
  await app.page.screenshot({ path: '/tmp/shot-bookmarks.png' });
  console.log(app.consoleErrors());
} catch (e) { console.log('ERR', (e as Error).message.split('\n').slice(0,3).join(' ')); await app.page.screenshot({ path: '/tmp/shot-err.png' }); }
await app.close();
