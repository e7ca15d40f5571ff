import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../renderer/src/reader/outline';

describe('buildOutline', () => {
  it('nests each heading under the last one of a higher level', () => {
    const outline = buildOutline([
      { id: 'a', text: 'Réalisations', level: 2 },
      { id: 'b', text: 'Afrique', level: 3 },
      { id: 'c', text: 'Amériques', level: 3 },
      { id: 'd', text: 'Liste', level: 2 },
      { id: 'e', text: 'PCR actifs', level: 3 },
      { id: 'f', text: 'Afrique', level: 4 },
    ]);
    expect(outline.map((entry) => [entry.id, entry.children.map((child) => child.id)])).toEqual([
      ['a', ['b', 'c']],
      ['d', ['e']],
    ]);
    expect(outline[1]?.children[0]?.children.map((entry) => entry.id)).toEqual(['f']);
  });

  it('keeps a heading that starts deeper than the first at the top', () => {
    expect(
      buildOutline([
        { id: 'a', text: 'A', level: 3 },
        { id: 'b', text: 'B', level: 2 },
      ]).map((entry) => entry.id),
    ).toEqual(['a', 'b']);
  });

  it('has nothing to nest for a document without headings', () => {
    expect(buildOutline([])).toEqual([]);
  });
});
