import { describe, expect, it } from 'vitest';
import { planMerge, planWritesNothing } from '@shared/backup/merge';
import { personData } from '../../user-data-fixture';

describe('planMerge', () => {
  it('adds everything into an empty database', () => {
    const data = personData();
    const merge = planMerge({ bookmarks: [], notes: [], settings: [], importedDocuments: [] }, data);
    expect(merge.writes).toEqual(data);
    expect(merge.counts.notes).toEqual({ new: 3, updated: 0, unchanged: 0, conflicting: 0 });
  });

  it('plans nothing for the same data, whatever the order of its keys', () => {
    const data = personData();
    const reordered = {
      ...data,
      notes: data.notes.map((note) => Object.fromEntries(Object.entries(note).reverse()) as typeof note),
    };
    const merge = planMerge(data, reordered);
    expect(planWritesNothing(merge)).toBe(true);
    expect(merge.counts.notes.unchanged).toBe(3);
  });

  it('takes the newer note, keeps this computer’s newer one, and keeps its bookmarks and settings', () => {
    const data = personData();
    const [first, second] = data.notes;
    const incoming = {
      ...data,
      notes: [
        { ...first!, body: 'Newer', updatedAt: first!.updatedAt + 1 },
        { ...second!, body: 'Older', updatedAt: second!.updatedAt - 1 },
      ],
      bookmarks: [{ ...data.bookmarks[0]!, label: 'Autre libellé' }],
      settings: [{ key: 'language' as const, value: 'fr' as const }],
    };
    const merge = planMerge(data, incoming);
    expect(merge.writes.notes.map((note) => note.body)).toEqual(['Newer']);
    expect(merge.counts.notes).toEqual({ new: 0, updated: 1, unchanged: 0, conflicting: 1 });
    expect(merge.writes.bookmarks).toEqual([]);
    expect(merge.counts.bookmarks.conflicting).toBe(1);
    expect(merge.counts.settings.conflicting).toBe(1);
  });
});
