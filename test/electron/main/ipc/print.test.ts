import { describe, expect, it, vi } from 'vitest';
import { printChannels, type PrintDeps } from '../../../../electron/main/ipc/print';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function deps(overrides: Partial<PrintDeps> = {}): PrintDeps {
  return {
    chooseSavePath: vi.fn(async () => '/home/ana/Documents/rcp.pdf'),
    printToPdf: vi.fn(async () => PDF),
    writeFileAtomic: vi.fn(async () => undefined),
    ...overrides,
  };
}

const request = {
  suggestedName: 'rcp.pdf',
  header: 'Processus consultatifs — iom.int',
  footer: 'Repères',
  landscape: false,
};

describe('print channels', () => {
  it('prints the page to A4 with running lines and writes it where the person chose', async () => {
    const services = deps();
    const save = printChannels(services)['print:savePdf'];
    expect(await save.handle(save.argument.parse(request))).toEqual({ ok: true, value: { saved: true } });
    expect(services.printToPdf).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: true, printBackground: true, landscape: false }),
    );
    expect(services.writeFileAtomic).toHaveBeenCalledWith('/home/ana/Documents/rcp.pdf', PDF);
  });

  it('prints and writes nothing when the person cancels the save dialog', async () => {
    const services = deps({ chooseSavePath: vi.fn(async () => null) });
    const save = printChannels(services)['print:savePdf'];
    expect(await save.handle(save.argument.parse(request))).toEqual({ ok: true, value: { saved: false } });
    expect(services.printToPdf).not.toHaveBeenCalled();
    expect(services.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('escapes markup sent as a running line', async () => {
    const services = deps();
    const save = printChannels(services)['print:savePdf'];
    await save.handle(save.argument.parse({ ...request, header: '<img src=x onerror=alert(1)>' }));
    const options = vi.mocked(services.printToPdf).mock.calls[0]?.[0];
    expect(options?.headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(options?.headerTemplate).not.toContain('<img');
  });

  it.each([
    ['a path in the name', { ...request, suggestedName: '../../.bashrc.pdf' }],
    ['a Windows path in the name', { ...request, suggestedName: 'C:\\Users\\x.pdf' }],
    ['another extension', { ...request, suggestedName: 'rcp.exe' }],
    ['a control character in the name', { ...request, suggestedName: 'r\u0000cp.pdf' }],
    ['a header of a whole page', { ...request, header: 'x'.repeat(301) }],
    ['a line break in the footer', { ...request, footer: 'a\nb' }],
    ['a landscape flag that is not a boolean', { ...request, landscape: 'yes' }],
    ['an extra field', { ...request, path: '/etc/passwd' }],
    ['nothing', undefined],
  ])('refuses %s', (_case, argument) => {
    expect(printChannels(deps())['print:savePdf'].argument.safeParse(argument).success).toBe(false);
  });
});
