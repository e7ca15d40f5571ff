import { describe, expect, it } from 'vitest';
import { firstPassageInView, scrollProgress, sectionAt } from '../../../renderer/src/reader/reading-position';

const headings = [
  { id: 'h-1', top: -400 },
  { id: 'h-2', top: 60 },
  { id: 'h-3', top: 500 },
];

describe('where the reader is', () => {
  it('is in the last section whose heading is above the reading line', () => {
    expect(sectionAt(headings, 80, false, 800)).toBe('h-2');
    expect(sectionAt(headings, 40, false, 800)).toBe('h-1');
  });

  it('is in no section before the first heading', () => {
    expect(sectionAt([{ id: 'h-1', top: 300 }], 80, false, 800)).toBeNull();
  });

  it('is in the last section on screen at the end of the document', () => {
    expect(sectionAt(headings, 80, true, 800)).toBe('h-3');
  });

  it('reads first the passage whose top is at the reading line', () => {
    const passages = [
      { id: 'p-1', top: -200 },
      { id: 'p-2', top: 78 },
      { id: 'p-3', top: 300 },
    ];
    expect(firstPassageInView(passages, 80)).toBe('p-2');
    expect(firstPassageInView([{ id: 'p-1', top: -900 }], 80)).toBe('p-1');
    expect(firstPassageInView([], 80)).toBeNull();
  });

  it('measures progress from the top to the bottom of the page', () => {
    expect(scrollProgress(0, 3000, 1000)).toBe(0);
    expect(scrollProgress(1000, 3000, 1000)).toBe(0.5);
    expect(scrollProgress(5000, 3000, 1000)).toBe(1);
    expect(scrollProgress(0, 500, 1000)).toBe(1);
  });
});
