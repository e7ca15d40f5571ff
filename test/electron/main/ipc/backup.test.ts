import { describe, expect, it, vi } from 'vitest';
import { buildBackupEnvelope } from '@shared/backup/envelope';
import { MAX_BACKUP_FILE_BYTES } from '@shared/backup/file';
import { backupChannels, type BackupDeps } from '../../../../electron/main/ipc/backup';
import { personData } from '../../../user-data-fixture';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function deps(overrides: Partial<BackupDeps> = {}): BackupDeps {
  return {
    chooseSavePath: vi.fn(async () => '/home/ana/USB/reperes-backup.json'),
    chooseOpenPath: vi.fn(async () => '/home/ana/USB/reperes-backup.json'),
    fileSize: vi.fn(async () => 10),
    readFile: vi.fn(async () => encode('{}')),
    writeFileAtomic: vi.fn(async () => undefined),
    ...overrides,
  };
}

const validBackup = (): string => {
  const built = buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt: new Date(0) });
  if (!built.ok) throw new Error(built.error.detail);
  return JSON.stringify(built.value);
};

describe('backup channels', () => {
  it('save writes what the renderer made where the person chose, and nothing when they cancel', async () => {
    const services = deps();
    const save = backupChannels(services)['backup:save'];
    const argument = save.argument.parse({ kind: 'json', suggestedName: 'reperes-backup.json', content: '{}' });
    expect(await save.handle(argument)).toEqual({ ok: true, value: { saved: true } });
    expect(services.writeFileAtomic).toHaveBeenCalledWith('/home/ana/USB/reperes-backup.json', '{}');
    const cancelled = deps({ chooseSavePath: vi.fn(async () => null) });
    expect(await backupChannels(cancelled)['backup:save'].handle(argument)).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(cancelled.writeFileAtomic).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the name', { kind: 'json', suggestedName: '../../.bashrc.json', content: '' }],
    ['another extension', { kind: 'json', suggestedName: 'backup.exe', content: '' }],
    ['an unknown kind', { kind: 'html', suggestedName: 'backup.json', content: '' }],
    ['content that is not text', { kind: 'json', suggestedName: 'backup.json', content: 42 }],
  ])('save refuses %s', (_case, argument) => {
    expect(backupChannels(deps())['backup:save'].argument.safeParse(argument).success).toBe(false);
  });

  it('open returns a backup checked whole', async () => {
    const open = backupChannels(deps({ readFile: vi.fn(async () => encode(validBackup())) }))['backup:open'];
    const result = await open.handle(undefined);
    expect(result).toMatchObject({ ok: true, value: { status: 'read', fileName: 'reperes-backup.json' } });
  });

  it.each([
    ['an empty file', encode(''), 'not-json'],
    ['a truncated backup', encode(validBackup().slice(0, 200)), 'not-json'],
    [
      'an image renamed .json',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
      'not-text',
    ],
    ['another program’s JSON', encode('{"format":"zotero-export","items":[]}'), 'not-a-backup'],
    ['a newer format', encode('{"format":"reperes-backup","version":9}'), 'newer-version'],
    [
      'a 50 MB string in a note',
      encode(validBackup().replace('"body":"À relire', `"body":"${'x'.repeat(50 * 1024 * 1024)}À relire`)),
      'invalid-data',
    ],
    [
      'a __proto__ key',
      encode(validBackup().replace('"format"', '"__proto__":{"polluted":true},"format"')),
      'invalid-data',
    ],
  ])('open refuses %s, saying why', async (_case, bytes, problem) => {
    const open = backupChannels(
      deps({ readFile: vi.fn(async () => bytes), fileSize: vi.fn(async () => bytes.length) }),
    )['backup:open'];
    expect(await open.handle(undefined)).toMatchObject({ ok: true, value: { status: 'refused', problem } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('open refuses a file too large to be a backup without reading it', async () => {
    const services = deps({ fileSize: vi.fn(async () => MAX_BACKUP_FILE_BYTES + 1) });
    const result = await backupChannels(services)['backup:open'].handle(undefined);
    expect(result).toMatchObject({ ok: true, value: { status: 'refused', problem: 'too-large' } });
    expect(services.readFile).not.toHaveBeenCalled();
  });

  it('open answers "cancelled" when the person chooses nothing', async () => {
    const result = await backupChannels(deps({ chooseOpenPath: vi.fn(async () => null) }))['backup:open'].handle(
      undefined,
    );
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
  });
});
