import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from '@shared/library/vocabulary';
import { libraryChannels, type LibraryDeps } from '../../../../electron/main/ipc/library';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function deps(overrides: Partial<LibraryDeps> = {}): LibraryDeps {
  return {
    chooseDocumentPaths: vi.fn(async () => ['/home/ana/Pages/banjul.txt', 'C:\\Users\\ana\\dakar.html']),
    fileSize: vi.fn(async () => 10),
    readFile: vi.fn(async (path: string) => bytes(`contents of ${path}`)),
    ...overrides,
  };
}

const open = (services: LibraryDeps) => libraryChannels(services)['library:openFiles'];

describe('library:openFiles', () => {
  it('reads each picked file and gives the renderer its name without its folder', async () => {
    const result = await open(deps()).handle(undefined);
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'picked',
        files: [
          { name: 'banjul.txt', status: 'read', bytes: bytes('contents of /home/ana/Pages/banjul.txt') },
          { name: 'dakar.html', status: 'read', bytes: bytes('contents of C:\\Users\\ana\\dakar.html') },
        ],
      },
    });
  });

  it('reads nothing when the person cancels', async () => {
    const services = deps({ chooseDocumentPaths: vi.fn(async () => null) });
    expect(await open(services).handle(undefined)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(services.readFile).not.toHaveBeenCalled();
  });

  it('refuses a 50 MB file from its size, without reading it, and still reads the others', async () => {
    const services = deps({
      fileSize: vi.fn(async (path: string) => (path.endsWith('.txt') ? 50 * 1024 * 1024 : 10)),
    });
    const result = await open(services).handle(undefined);
    expect(result.ok && result.value.status === 'picked' && result.value.files[0]).toEqual({
      name: 'banjul.txt',
      status: 'refused',
      reason: 'too-large',
      size: 50 * 1024 * 1024,
    });
    expect(services.readFile).toHaveBeenCalledTimes(1);
    expect(MAX_IMPORT_FILE_BYTES).toBeLessThan(50 * 1024 * 1024);
  });

  it('says a file that vanished or cannot be read is unreadable, and reads the rest', async () => {
    const services = deps({
      readFile: vi.fn(async (path: string) => {
        if (path.endsWith('.txt')) throw new Error('EACCES');
        return bytes('ok');
      }),
    });
    const result = await open(services).handle(undefined);
    expect(result.ok && result.value.status === 'picked' && result.value.files.map((file) => file.status)).toEqual([
      'refused',
      'read',
    ]);
  });

  it(`reads at most ${MAX_IMPORT_FILES} files of one pick`, async () => {
    const many = Array.from({ length: MAX_IMPORT_FILES + 10 }, (_, index) => `/tmp/page-${index}.txt`);
    const services = deps({ chooseDocumentPaths: vi.fn(async () => many) });
    const result = await open(services).handle(undefined);
    expect(result.ok && result.value.status === 'picked' && result.value.files).toHaveLength(MAX_IMPORT_FILES);
  });

  it('takes no argument: a path sent by the renderer is refused by the schema', () => {
    expect(open(deps()).argument.safeParse({ path: '/etc/passwd' }).success).toBe(false);
    expect(open(deps()).argument.safeParse('/etc/passwd').success).toBe(false);
  });
});
