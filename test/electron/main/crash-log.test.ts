import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCrashLog, describeError } from '../../../electron/main/crash-log';

const folder = () => join(mkdtempSync(join(tmpdir(), 'reperes-log-')), 'logs');
const at = () => new Date('2026-01-02T03:04:05.000Z');

describe('the crash log', () => {
  it('creates its folder and appends one dated line per entry, indenting a stack', () => {
    const dir = folder();
    const log = createCrashLog(dir, { now: at });
    log.write('main', 'Error: boom\n    at x');
    log.write('renderer', 'oops');
    expect(readFileSync(join(dir, 'reperes.log'), 'utf8')).toBe(
      '2026-01-02T03:04:05.000Z [main] Error: boom\n        at x\n2026-01-02T03:04:05.000Z [renderer] oops\n',
    );
  });

  it('rotates at its size cap and keeps a fixed number of older files', () => {
    const dir = folder();
    const log = createCrashLog(dir, { maxBytes: 100, keep: 2, now: at });
    for (let index = 0; index < 20; index += 1) log.write('main', `entry ${index} ${'x'.repeat(30)}`);
    expect(readdirSync(dir).sort()).toEqual(['reperes.1.log', 'reperes.2.log', 'reperes.log']);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(100);
    expect(readFileSync(join(dir, 'reperes.log'), 'utf8')).toContain('entry 19');
    expect(readFileSync(join(dir, 'reperes.1.log'), 'utf8')).toContain('entry 18');
  });

  it('cuts a message longer than its cap', () => {
    const dir = folder();
    createCrashLog(dir, { maxMessage: 10, now: at }).write('main', 'y'.repeat(1000));
    expect(readFileSync(join(dir, 'reperes.log'), 'utf8')).toBe('2026-01-02T03:04:05.000Z [main] yyyyyyyyyy… (cut)\n');
  });

  it('never throws when the folder cannot be written', () => {
    // Its folder would sit under a file: no folder can be made there.
    const file = join(mkdtempSync(join(tmpdir(), 'reperes-log-')), 'a-file');
    writeFileSync(file, '');
    const log = createCrashLog(join(file, 'logs'), { now: at });
    expect(() => log.write('main', 'lost')).not.toThrow();
    expect(existsSync(join(file, 'logs'))).toBe(false);
  });

  it('describes errors with their stack, and anything else as text', () => {
    expect(describeError(new Error('bad'))).toMatch(/^Error: bad\n\s+at /u);
    expect(describeError('plain')).toBe('plain');
    expect(describeError({ toString: () => 'object' })).toBe('object');
  });
});
