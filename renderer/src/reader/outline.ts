export interface OutlineEntry {
  id: string;
  text: string;
  level: number;
  children: OutlineEntry[];
}

/** Nests a document's headings (in the language they are shown in) by level, for the table of contents. */
export function buildOutline(headings: ReadonlyArray<Omit<OutlineEntry, 'children'>>): OutlineEntry[] {
  const root: OutlineEntry[] = [];
  const stack: OutlineEntry[] = [];
  for (const heading of headings) {
    const entry: OutlineEntry = { id: heading.id, text: heading.text, level: heading.level, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= entry.level) stack.pop();
    (stack.at(-1)?.children ?? root).push(entry);
    stack.push(entry);
  }
  return root;
}

/** Every entry's id, in reading order (depth first). */
export const outlineIds = (entries: readonly OutlineEntry[]): string[] =>
  entries.flatMap((entry) => [entry.id, ...outlineIds(entry.children)]);
