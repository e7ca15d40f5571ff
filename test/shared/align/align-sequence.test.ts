import { describe, expect, it } from 'vitest';
import { alignSequence } from '@shared/align/align-sequence';
import type { AlignUnit } from '@shared/align/costs';
import { DEFAULT_RATIO, GALE_CHURCH_VARIANCE } from '@shared/align/length-model';
import { coversInOrder, type AlignmentRow } from '@shared/align/rows';

const parameters = { ratio: DEFAULT_RATIO, variance: GALE_CHURCH_VARIANCE };
const unit = (id: string, length: number, anchors: string[] = []): AlignUnit => ({
  id,
  kind: 'paragraph',
  length,
  anchors: new Set(anchors),
  cognates: new Set(),
});
const french = [unit('f1', 400, ['a']), unit('f2', 300, ['b']), unit('f3', 500, ['c']), unit('f4', 200, ['d'])];
const english = [unit('e1', 360, ['a']), unit('e2', 270, ['b']), unit('e3', 450, ['c']), unit('e4', 180, ['d'])];
const manual = (fr: string[], en: string[]): AlignmentRow => ({ fr, en, confidence: 1, basis: 'manual' });
const pairs = (rows: readonly AlignmentRow[]): Array<[string[], string[]]> => rows.map((row) => [row.fr, row.en]);

describe('alignSequence', () => {
  it('pairs like units one to one when nothing is fixed', () => {
    expect(pairs(alignSequence(french, english, [], parameters))).toEqual([
      [['f1'], ['e1']],
      [['f2'], ['e2']],
      [['f3'], ['e3']],
      [['f4'], ['e4']],
    ]);
  });

  it('keeps a fixed pair the aligner would not make, and aligns the stretches on either side of it', () => {
    const rows = alignSequence(french, english, [manual(['f2'], ['e3'])], parameters);
    expect(pairs(rows)).toEqual([
      [['f1'], ['e1']],
      [[], ['e2']],
      [['f2'], ['e3']],
      [['f3'], []],
      [['f4'], ['e4']],
    ]);
    expect(rows[2]?.basis).toBe('manual');
  });

  it('keeps a block a person left alone alone, in its place', () => {
    const rows = alignSequence(french, english, [manual(['f2'], []), manual([], ['e2'])], parameters);
    expect(pairs(rows)).toEqual([
      [['f1'], ['e1']],
      [['f2'], []],
      [[], ['e2']],
      [['f3'], ['e3']],
      [['f4'], ['e4']],
    ]);
  });

  it('drops fixed rows that no longer fit: unknown ids, ids out of order, a pair crossing another', () => {
    const rows = alignSequence(
      french,
      english,
      [manual(['f9'], ['e1']), manual(['f3', 'f1'], ['e1']), manual(['f3'], ['e1']), manual(['f1'], ['e3'])],
      parameters,
    );
    // f1–e3 comes first in French order and is kept; f3–e1, which crosses it, is dropped.
    expect(rows.find((row) => row.fr.includes('f1'))).toMatchObject({ fr: ['f1'], en: ['e3'], basis: 'manual' });
    expect(rows.find((row) => row.fr.includes('f3'))?.en).not.toContain('e1');
    expect(rows.filter((row) => row.basis === 'manual')).toHaveLength(1);
    expect(coversInOrder(rows, ['f1', 'f2', 'f3', 'f4'], ['e1', 'e2', 'e3', 'e4'])).toBe(true);
  });

  it('says a unit alone is less sure when a unit of the other side nearby shares its anchors', () => {
    const rows = alignSequence(
      [unit('f1', 300, ['x', 'y'])],
      [unit('e1', 30, ['x']), unit('e2', 3000, ['x', 'y'])],
      [],
      parameters,
    );
    const alone = rows.filter((row) => row.fr.length === 0 || row.en.length === 0);
    expect(alone.length).toBeGreaterThan(0);
    for (const row of alone) expect(row.confidence).toBeLessThan(1);
  });
});
