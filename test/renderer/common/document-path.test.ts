import { describe, expect, it } from 'vitest';
import { documentPath } from '../../../renderer/src/common/document-path';

describe('documentPath', () => {
  it('opens a page in the reader, and one of its passages there', () => {
    expect(documentPath({ id: 'bapa40', role: 'page' })).toBe('/read/bapa40');
    expect(documentPath({ id: 'bapa40', role: 'page' }, 'p-12345678')).toBe('/read/bapa40/p-12345678');
  });

  it('opens About IOM in its own view, whatever its id', () => {
    expect(documentPath({ id: 'about-iom', role: 'about' }, 'h-12345678')).toBe('/about/h-12345678');
  });
});
