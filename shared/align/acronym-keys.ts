import { foldText } from '../text/fold';

/**
 * Acronyms that differ across languages (OIM ↔ IOM, PCR ↔ RCP, FNUAP ↔ UNFPA) stand for one
 * key, so that a French block saying "OIM" and an English one saying "IOM" share an anchor.
 * Keys are folded acronyms; every acronym of one group maps to the group's first in sort order.
 */
export type AcronymKeys = ReadonlyMap<string, string>;

/** A folded acronym without a plural s, dots or hyphens (RCPs, F.N.U.A.P. → rcp, fnuap). */
const foldAcronym = (acronym: string): string =>
  foldText(acronym.replace(/(?<=\p{Lu})s$/u, '')).replace(/[^\p{L}\p{N}]/gu, '');

/** The key of every acronym named in the pairs (French, English), grouped transitively. */
export function acronymKeys(pairs: ReadonlyArray<readonly [string, string]>): AcronymKeys {
  const parent = new Map<string, string>();
  const find = (acronym: string): string => {
    let root = acronym;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const [fr, en] of pairs) {
    const a = foldAcronym(fr);
    const b = foldAcronym(en);
    if (a === '' || b === '') continue;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const rootA = find(a);
    const rootB = find(b);
    // The smaller key becomes the root, so that the key does not depend on the pairs' order.
    if (rootA < rootB) parent.set(rootB, rootA);
    else if (rootB < rootA) parent.set(rootA, rootB);
  }
  return new Map([...parent.keys()].map((acronym) => [acronym, find(acronym)]));
}

/** The key an acronym (as written) is compared by. */
export const acronymKey = (keys: AcronymKeys, acronym: string): string => {
  const folded = foldAcronym(acronym);
  return keys.get(folded) ?? folded;
};

/**
 * The French–English acronym pairs of a glossary: every one-word French term of an acronym
 * entry with every one-word English term of it. Takes the entries (no bundle import), so the
 * app passes the glossary it has loaded.
 */
export function acronymPairsOf(
  entries: ReadonlyArray<{ kind: string; terms: { fr: readonly string[]; en: readonly string[] } }>,
): Array<[string, string]> {
  const oneWord = (term: string): boolean => /^[\p{L}\p{N}.-]+$/u.test(term);
  return entries
    .filter((entry) => entry.kind === 'acronym')
    .flatMap((entry) =>
      entry.terms.fr
        .filter(oneWord)
        .flatMap((fr) => entry.terms.en.filter(oneWord).map((en): [string, string] => [fr, en])),
    );
}
