import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A short, stable fingerprint: the first `length` hex digits of the SHA-256. */
export function shortHash(text: string, length = 8): string {
  return sha256Hex(text).slice(0, length);
}
