/**
 * The opening bytes of file types people might bring by mistake (an image, a PDF, a Word
 * document renamed `.txt`). Only the openings: a text file never starts with these bytes.
 */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP or WAV file (RIFF)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // .docx, .xlsx, .odt and .epub are ZIP archives.
  { name: 'a ZIP archive (or a Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an old Word or Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'a program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'an RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

/** The kind of binary file the bytes open like, or null when they open like nothing known. */
export function binaryFileKind(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte));
  return match?.name ?? null;
}
