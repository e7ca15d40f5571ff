/** Why a file could not become a document draft. Nothing is imported when one is returned. */
export type ImportErrorCode =
  'empty' | 'binary' | 'too-large' | 'undecodable' | 'no-text' | 'not-an-article' | 'unreadable';

export interface ImportError {
  code: ImportErrorCode;
  /** One sentence, in English, that says what is wrong with the file and what to do. */
  message: string;
}

export const importError = (code: ImportErrorCode, message: string): ImportError => ({ code, message });
