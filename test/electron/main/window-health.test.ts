import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchWindowHealth, type WindowTrouble } from '../../../electron/main/window-health';

const URL = 'reperes://app/index.html';

function watched(choice: 'reload' | 'quit' | 'wait' = 'reload') {
  const windowEvents = new EventEmitter();
  const contentsEvents = new EventEmitter();
  const window = {
    on: vi.fn((event: string, listener: () => void) => windowEvents.on(event, listener)),
    show: vi.fn(),
    isDestroyed: vi.fn(() => false),
    webContents: {
      on: vi.fn((event: string, listener: () => void) => contentsEvents.on(event, listener)),
      loadURL: vi.fn(async () => undefined),
      forcefullyCrashRenderer: vi.fn(),
    },
  };
  const deps = {
    ask: vi.fn(async (_trouble: WindowTrouble, _detail: string) => choice),
    log: vi.fn(),
    quit: vi.fn(),
  };
  const health = watchWindowHealth(window as never, URL, deps);
  return { window, windowEvents, contentsEvents, deps, health };
}

describe('the window health watch', () => {
  it('on a failed load of the page: shows the window, asks, and reloads the app when the person chooses to', async () => {
    const { window, contentsEvents, deps } = watched('reload');
    contentsEvents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', URL, true);
    await vi.waitFor(() => expect(window.webContents.loadURL).toHaveBeenCalledWith(URL));
    expect(window.show).toHaveBeenCalled();
    expect(deps.ask).toHaveBeenCalledWith('load-failed', `ERR_FILE_NOT_FOUND (-6) ${URL}`);
    expect(deps.log).toHaveBeenCalledWith(`load-failed: ERR_FILE_NOT_FOUND (-6) ${URL}`);
  });

  it('quits when the person chooses to', async () => {
    const { contentsEvents, deps } = watched('quit');
    contentsEvents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledOnce());
    expect(deps.ask).toHaveBeenCalledWith('renderer-gone', 'crashed (exit code 139)');
  });

  it("ignores a subframe's failure, a cancelled navigation and a renderer that exited cleanly", async () => {
    const { contentsEvents, deps } = watched();
    contentsEvents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'reperes://app/frame.html', false);
    contentsEvents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', URL, true);
    contentsEvents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('for a hung page, waits when asked to, or ends the renderer and reloads', async () => {
    const waiting = watched('wait');
    waiting.windowEvents.emit('unresponsive');
    await vi.waitFor(() =>
      expect(waiting.deps.ask).toHaveBeenCalledWith('unresponsive', 'the page stopped responding'),
    );
    expect(waiting.window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(waiting.deps.quit).not.toHaveBeenCalled();

    const reloading = watched('reload');
    reloading.windowEvents.emit('unresponsive');
    await vi.waitFor(() => expect(reloading.window.webContents.loadURL).toHaveBeenCalledWith(URL));
    expect(reloading.window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  it('asks once while a question is open, logging every trouble', async () => {
    const { contentsEvents, deps, health } = watched();
    let answer: (choice: 'reload') => void = () => undefined;
    deps.ask.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    health.loadFailed('first');
    contentsEvents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(deps.ask).toHaveBeenCalledOnce();
    expect(deps.log).toHaveBeenCalledTimes(2);
    answer('reload');
    await new Promise((resolve) => setTimeout(resolve, 0));
    health.loadFailed('second');
    expect(deps.ask).toHaveBeenCalledTimes(2);
  });

  it('a reload that fails again asks again', async () => {
    const { window, deps, health } = watched('reload');
    window.webContents.loadURL.mockRejectedValueOnce(new Error('still broken'));
    health.loadFailed('first');
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalledTimes(2));
    expect(deps.ask).toHaveBeenLastCalledWith('load-failed', 'Error: still broken');
  });
});
