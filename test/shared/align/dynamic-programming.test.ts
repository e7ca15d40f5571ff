import { describe, expect, it } from 'vitest';
import type { AlignUnit } from '@shared/align/costs';
import { DEFAULT_RATIO, GALE_CHURCH_VARIANCE } from '@shared/align/length-model';
import { alignUnits } from '@shared/align/dynamic-programming';

const parameters = { ratio: DEFAULT_RATIO, variance: GALE_CHURCH_VARIANCE };
const unit = (id: string, length: number, anchors: string[] = []): AlignUnit => ({
  id,
  kind: 'paragraph',
  length,
  anchors: new Set(anchors),
  cognates: new Set(),
});
const shapes = (beads: ReturnType<typeof alignUnits>): string[] =>
  beads.map((bead) => `${bead.fr.map((u) => u.id).join('+')}|${bead.en.map((u) => u.id).join('+')}`);

describe('alignUnits', () => {
  it('chooses a 1–2 bead when one French unit is as long as two English ones and shares their anchors', () => {
    const french = [unit('f1', 300, ['a']), unit('f2', 800, ['b', 'c']), unit('f3', 300, ['d'])];
    const english = [unit('e1', 270, ['a']), unit('e2', 360, ['b']), unit('e3', 350, ['c']), unit('e4', 270, ['d'])];
    expect(shapes(alignUnits(french, english, parameters))).toEqual(['f1|e1', 'f2|e2+e3', 'f3|e4']);
  });

  it('chooses a 2–1 bead for two French units merged in English', () => {
    const french = [unit('f1', 400, ['a', 'b']), unit('f2', 400, ['c', 'd'])];
    const english = [unit('e1', 710, ['a', 'b', 'c', 'd'])];
    expect(shapes(alignUnits(french, english, parameters))).toEqual(['f1+f2|e1']);
  });

  it('leaves alone a unit the other side has nothing of', () => {
    const french = [unit('f1', 300, ['a', 'x']), unit('f2', 300, ['b', 'y']), unit('f3', 300, ['c', 'z'])];
    const english = [unit('e1', 270, ['a', 'x']), unit('e3', 270, ['c', 'z'])];
    expect(shapes(alignUnits(french, english, parameters))).toEqual(['f1|e1', 'f2|', 'f3|e3']);
  });

  it('still shows every unit when runs of one side only stray further from the diagonal than the search band', () => {
    const shared = Array.from({ length: 30 }, (_, n) => n);
    const french = [
      ...shared.map((n) => unit(`f${n}`, 300, [`a${n}`])),
      ...Array.from({ length: 60 }, (_, n) => unit(`fx${n}`, 300, [`x${n}`])),
    ];
    const english = [
      ...Array.from({ length: 60 }, (_, n) => unit(`ey${n}`, 270, [`y${n}`])),
      ...shared.map((n) => unit(`e${n}`, 270, [`a${n}`])),
    ];
    const beads = alignUnits(french, english, parameters);
    expect(beads.flatMap((bead) => bead.fr.map((u) => u.id))).toEqual(french.map((u) => u.id));
    expect(beads.flatMap((bead) => bead.en.map((u) => u.id))).toEqual(english.map((u) => u.id));
  });

  it('gives nothing for two empty sequences, and one bead per unit against an empty side', () => {
    expect(alignUnits([], [], parameters)).toEqual([]);
    expect(shapes(alignUnits([], [unit('e1', 10), unit('e2', 10)], parameters))).toEqual(['|e1', '|e2']);
  });
});
