import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { pairBlocks, pairItems, unpairBlock, unpairItem } from '@shared/align/corrections';
import { coversInOrder, type AlignmentRow, type EditionAlignment } from '@shared/align/rows';

const auto = (fr: string[], en: string[]): AlignmentRow => ({ fr, en, confidence: 0.8, basis: 'length' });
const alignment: EditionAlignment = {
  rows: [auto(['f1'], ['e1']), auto(['f2'], ['e2']), auto(['f3'], []), auto(['f4', 'f5'], ['e3']), auto([], ['e4'])],
  items: { f2: [auto(['i1'], ['j1']), auto(['i2'], ['j2'])] },
};
const FRENCH = ['f1', 'f2', 'f3', 'f4', 'f5'];
const ENGLISH = ['e1', 'e2', 'e3', 'e4'];

const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const shape = (rows: readonly AlignmentRow[]): Array<[string[], string[], string]> =>
  rows.map((row) => [row.fr, row.en, row.basis]);

describe('pairBlocks', () => {
  it('pairs a French block left alone with an English one left alone, marking the row manual', () => {
    const result = value(pairBlocks(alignment, 'f3', 'e4'));
    expect(coversInOrder(result.rows, FRENCH, ENGLISH)).toBe(true);
    // f3 and e4 cross f4–f5/e3: that pair is dissolved, its blocks shown alone.
    expect(shape(result.rows)).toEqual([
      [['f1'], ['e1'], 'length'],
      [['f2'], ['e2'], 'length'],
      [[], ['e3'], 'length'],
      [['f3'], ['e4'], 'manual'],
      [['f4'], [], 'length'],
      [['f5'], [], 'length'],
    ]);
  });

  it('splits a 2–1 row, marking what is left of it manual', () => {
    const result = value(pairBlocks(alignment, 'f5', 'e4'));
    expect(shape(result.rows).slice(2)).toEqual([
      [['f3'], [], 'length'],
      [['f4'], ['e3'], 'manual'],
      [['f5'], ['e4'], 'manual'],
    ]);
    expect(coversInOrder(result.rows, FRENCH, ENGLISH)).toBe(true);
  });

  it('pairs several blocks of each side at once', () => {
    const result = value(pairBlocks(alignment, ['f2', 'f3'], ['e2']));
    expect(shape(result.rows)[1]).toEqual([['f2', 'f3'], ['e2'], 'manual']);
    expect(coversInOrder(result.rows, FRENCH, ENGLISH)).toBe(true);
  });

  it('forgets the item rows of a list whose pair changed, and keeps the others', () => {
    expect(value(pairBlocks(alignment, 'f2', 'e3')).items).toEqual({});
    expect(value(pairBlocks(alignment, 'f5', 'e4')).items).toEqual(alignment.items);
  });

  it.each([
    [[], ['e1'], 'empty-side'],
    ['f9', 'e1', 'unknown-id'],
    ['f1', 'f1', 'unknown-id'],
    [['f1', 'f1'], 'e1', 'repeated-id'],
    [['f1', 'f3'], 'e1', 'not-contiguous'],
    ['__proto__', 'e1', 'unknown-id'],
  ] as const)('refuses to pair %j with %j (%s) and changes nothing', (fr, en, code) => {
    const before = structuredClone(alignment);
    const result = pairBlocks(alignment, fr, en);
    expect(result.ok ? null : result.error.code).toBe(code);
    expect(alignment).toEqual(before);
  });
});

describe('unpairBlock', () => {
  it('leaves a block alone in a row of its own, and marks the row it left manual', () => {
    const result = value(unpairBlock(alignment, 'en', 'e2'));
    expect(shape(result.rows).slice(0, 3)).toEqual([
      [['f1'], ['e1'], 'length'],
      [['f2'], [], 'manual'],
      [[], ['e2'], 'manual'],
    ]);
    expect(coversInOrder(result.rows, FRENCH, ENGLISH)).toBe(true);
    expect(result.items).toEqual({});
  });

  it('keeps a 2–1 row as a pair when one of its two blocks leaves', () => {
    const result = value(unpairBlock(alignment, 'fr', 'f4'));
    expect(shape(result.rows).slice(3)).toEqual([
      [['f4'], [], 'manual'],
      [['f5'], ['e3'], 'manual'],
      [[], ['e4'], 'length'],
    ]);
  });

  it('marks a block already alone as left alone by a person', () => {
    expect(value(unpairBlock(alignment, 'fr', 'f3')).rows[2]).toEqual({
      fr: ['f3'],
      en: [],
      confidence: 1,
      basis: 'manual',
    });
  });

  it('refuses an id of the other side, and changes nothing', () => {
    const result = unpairBlock(alignment, 'fr', 'e1');
    expect(result.ok ? null : result.error.code).toBe('unknown-id');
  });
});

describe('pairItems and unpairItem', () => {
  it('correct the item rows of one list', () => {
    const unpaired = value(unpairItem(alignment, 'f2', 'fr', 'i1'));
    expect(shape(unpaired.items.f2 ?? [])).toEqual([
      [['i1'], [], 'manual'],
      [[], ['j1'], 'manual'],
      [['i2'], ['j2'], 'length'],
    ]);
    const repaired = value(pairItems(unpaired, 'f2', 'i1', 'j1'));
    expect(shape(repaired.items.f2 ?? [])[0]).toEqual([['i1'], ['j1'], 'manual']);
    expect(repaired.rows).toBe(alignment.rows);
  });

  it('refuse a list that has no item rows', () => {
    const result = pairItems(alignment, 'f1', 'i1', 'j1');
    expect(result.ok ? null : result.error.code).toBe('unknown-list');
    const inherited = unpairItem(alignment, 'constructor', 'fr', 'i1');
    expect(inherited.ok ? null : inherited.error.code).toBe('unknown-list');
  });
});

/** Rows over f0…f(n-1) and e0…e(m-1), in order, from a random cut of both into beads. */
const rowsArbitrary = fc
  .array(fc.constantFrom([1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]), { maxLength: 12 })
  .map((shapes) => {
    let f = 0;
    let e = 0;
    return shapes.map(([a = 0, b = 0]) => {
      const row = auto(
        Array.from({ length: a }, () => `f${f++}`),
        Array.from({ length: b }, () => `e${e++}`),
      );
      return row;
    });
  })
  .filter((rows) => rows.some((row) => row.fr.length > 0) && rows.some((row) => row.en.length > 0));

describe('corrections, on any alignment', () => {
  it('keep every block of both sides exactly once and in order', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.nat(), fc.nat(), fc.boolean(), (rows, frPick, enPick, unpair) => {
        const french = rows.flatMap((row) => row.fr);
        const english = rows.flatMap((row) => row.en);
        const frId = french[frPick % french.length] ?? '';
        const enId = english[enPick % english.length] ?? '';
        const start: EditionAlignment = { rows, items: {} };
        const result = value(unpair ? unpairBlock(start, 'fr', frId) : pairBlocks(start, frId, enId));
        expect(coversInOrder(result.rows, french, english)).toBe(true);
        for (const row of result.rows) {
          expect(row.fr.length + row.en.length).toBeGreaterThan(0);
          if (row.fr.length === 0 || row.en.length === 0) expect(row.fr.length + row.en.length).toBe(1);
        }
        if (!unpair)
          expect(result.rows.find((row) => row.fr.includes(frId))).toMatchObject({
            fr: [frId],
            en: [enId],
            basis: 'manual',
          });
      }),
    );
  });
});
