import 'i18next';
import type { SourceCatalogues } from './resources';

// Keys are typed from the French (source) catalogues: a key that does not exist there
// does not compile, in either process.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: SourceCatalogues;
  }
}
