import { describe, expect, it } from 'vitest';
import type { HtmlTreeElement, HtmlTreeNode } from '@shared/import/article';
import { articleNodesOf } from '@shared/import/html-tree';

const el = (tag: string, ...children: HtmlTreeNode[]): HtmlTreeElement => ({ tag, children });
const nodesOf = (...children: HtmlTreeNode[]) => articleNodesOf(el('div', ...children)).nodes;

describe('articleNodesOf', () => {
  it('maps headings, paragraphs, lists, quotations and rules to article nodes', () => {
    expect(
      nodesOf(
        el('h2', 'Section'),
        el('p', 'Un ', el('em', 'paragraphe'), ' simple.'),
        el('ul', el('li', 'un'), el('li', 'deux')),
        el('blockquote', el('p', '« Citation »')),
        el('hr'),
      ),
    ).toEqual([
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'paragraph', text: 'Un paragraphe simple.' },
      { kind: 'list', items: ['un', 'deux'] },
      { kind: 'quote', text: '« Citation »' },
      { kind: 'separator' },
    ]);
  });

  it('splits paragraphs on <br><br>, and reads one <br> as a space', () => {
    expect(nodesOf(el('font', 'Premier', el('br'), 'suite.', el('br'), ' ', el('br'), 'Second.'))).toEqual([
      { kind: 'paragraph', text: 'Premier suite.' },
      { kind: 'paragraph', text: 'Second.' },
    ]);
  });

  it('reads through an inline element that holds paragraphs (a <font> Readability made a <span>)', () => {
    expect(nodesOf(el('span', el('b', 'Titre'), el('p', 'Un.'), el('p', 'Deux.')))).toEqual([
      { kind: 'paragraph', text: 'Titre' },
      { kind: 'paragraph', text: 'Un.' },
      { kind: 'paragraph', text: 'Deux.' },
    ]);
  });

  it('reads a layout table cell by cell, and a row of short cells as one line', () => {
    const table = el(
      'table',
      el('tbody', el('tr', el('td', el('p', 'Texte de la page.'))), el('tr', el('td', 'Dakar'), el('td', '12 000'))),
    );
    expect(nodesOf(table)).toEqual([
      { kind: 'paragraph', text: 'Texte de la page.' },
      { kind: 'paragraph', text: 'Dakar · 12 000' },
    ]);
  });

  it('flattens nested lists, the sub-items after their item', () => {
    expect(nodesOf(el('ul', el('li', 'un', el('ul', el('li', 'un-a'))), el('li', 'deux')))).toEqual([
      { kind: 'list', items: ['un', 'un-a', 'deux'] },
    ]);
  });

  it('keeps no text from scripts, styles, forms, frames or images', () => {
    const nodes = nodesOf(
      el('p', 'Texte', el('script', 'alert(1)'), el('img'), el('style', 'p{}')),
      el('form', el('label', 'Courriel'), el('button', 'Envoyer')),
      el('iframe', 'cadre'),
      el('svg', el('text', 'svgtext')),
    );
    expect(nodes).toEqual([{ kind: 'paragraph', text: 'Texte' }]);
  });

  it('collapses HTML white space but keeps no-break spaces', () => {
    expect(nodesOf(el('p', '  Question\u00a0:\n\t pourquoi ?  '))).toEqual([
      { kind: 'paragraph', text: 'Question\u00a0: pourquoi ?' },
    ]);
  });

  it('counts the words, and those that are link text', () => {
    const text = articleNodesOf(el('div', el('p', 'Lire ', el('a', 'le rapport complet'), ' ici.')));
    expect(text).toMatchObject({ words: 5, linkWords: 3 });
  });
});
