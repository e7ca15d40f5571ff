import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { projectRoot } from '../seeds';

/** Every file under a folder with one of the extensions, as paths relative to the project. */
export function sourceFiles(folder: string, extensions: readonly string[]): string[] {
  const root = join(projectRoot, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return extensions.some((extension) => name.endsWith(extension)) ? [relative(projectRoot, path)] : [];
    });
  return walk(root);
}

export const readProjectFile = (path: string): string => readFileSync(join(projectRoot, path), 'utf8');

interface Node {
  type: string;
  [key: string]: unknown;
}

function visit(node: unknown, callback: (node: Node, parent: Node | null) => void, parent: Node | null = null): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, callback, parent);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  callback(node as Node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'start' && key !== 'end' && key !== 'extra') visit(value, callback, node as Node);
  }
}

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

export interface LiteralText {
  file: string;
  line: number;
  text: string;
}

/**
 * Text a person would see or hear written straight into a component: JSX text with letters,
 * or a string literal in a text attribute. Symbols and punctuation alone (¶, →, ·) are not words.
 */
export function literalUiText(file: string): LiteralText[] {
  const ast = parse(readProjectFile(file), { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: LiteralText[] = [];
  const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text);
  visit(ast.program, (node) => {
    const line = (node['loc'] as { start: { line: number } } | undefined)?.start.line ?? 0;
    if (node.type === 'JSXText' && hasWords(String(node['value']))) {
      found.push({ file, line, text: String(node['value']).trim() });
    }
    if (node.type === 'JSXAttribute') {
      const name = (node['name'] as Node)['name'];
      const value = node['value'] as Node | null;
      if (
        typeof name === 'string' &&
        TEXT_ATTRIBUTES.has(name) &&
        value?.type === 'StringLiteral' &&
        hasWords(String(value['value']))
      ) {
        found.push({ file, line, text: String(value['value']) });
      }
    }
  });
  return found;
}

/** Translation keys a file asks for: `t('a.b')`, and `t(\`a.${x}.b\`)` as a pattern. */
export function translationKeysUsed(file: string): { exact: string[]; patterns: RegExp[] } {
  const ast = parse(readProjectFile(file), { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const exact: string[] = [];
  const patterns: RegExp[] = [];
  visit(ast.program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node['callee'] as Node;
    const name =
      callee.type === 'Identifier'
        ? callee['name']
        : callee.type === 'MemberExpression'
          ? (callee['property'] as Node)['name']
          : null;
    if (name !== 't') return;
    const [first] = node['arguments'] as Node[];
    const literals =
      first?.type === 'ConditionalExpression' ? [first['consequent'] as Node, first['alternate'] as Node] : [first];
    for (const literal of literals) if (literal?.type === 'StringLiteral') exact.push(String(literal['value']));
    if (first?.type === 'TemplateLiteral') {
      const quasis = (first['quasis'] as Node[]).map((quasi) => String((quasi['value'] as { cooked: string }).cooked));
      patterns.push(
        new RegExp(`^${quasis.map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\w-]+')}$`, 'u'),
      );
    }
  });
  return { exact, patterns };
}
