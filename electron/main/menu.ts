import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { Language } from '@shared/document/vocabulary';
import type { MenuCommand } from '@shared/ipc/contract';

export interface MenuActions {
  send(command: MenuCommand): void;
  showAboutApp(): void;
  quit(): void;
}

export interface MenuOptions {
  t: TFunction<'main'>;
  language: Language;
  platform: string;
  /** Developer tools only in development. */
  isPackaged: boolean;
}

/** The native menu, in the interface language; its commands go to the renderer. */
export function buildMenuTemplate(
  { t, language, platform, isPackaged }: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (id: MenuCommand) => () => actions.send(id);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: t('menu.app'),
            submenu: [
              { label: t('menu.aboutApp'), click: actions.showAboutApp },
              { type: 'separator' as const },
              { label: t('menu.quit'), accelerator: 'Cmd+Q', click: actions.quit },
            ],
          },
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.savePdf'),
          accelerator: 'CmdOrCtrl+P',
          registerAccelerator: false,
          click: command('save-pdf'),
        },
        { type: 'separator' as const },
        { label: t('menu.importDocuments'), accelerator: 'CmdOrCtrl+O', click: command('import-documents') },
        { type: 'separator' as const },
        { label: t('menu.exportBackup'), click: command('export-backup') },
        { label: t('menu.importBackup'), click: command('import-backup') },
        ...(isMac
          ? []
          : [{ type: 'separator' as const }, { label: t('menu.quit'), accelerator: 'Ctrl+Q', click: actions.quit }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
        { type: 'separator' },
        // The renderer handles the key itself (so it also works where the menu is hidden).
        {
          label: t('menu.search'),
          accelerator: 'CmdOrCtrl+K',
          registerAccelerator: false,
          click: command('focus-search'),
        },
        { type: 'separator' },
        {
          label: t('menu.toggleBookmark'),
          accelerator: 'CmdOrCtrl+D',
          registerAccelerator: false,
          click: command('toggle-bookmark'),
        },
        { label: t('menu.addNote'), accelerator: 'N', registerAccelerator: false, click: command('add-note') },
        {
          label: t('menu.copyCitation'),
          accelerator: 'CmdOrCtrl+Shift+C',
          registerAccelerator: false,
          click: command('copy-citation'),
        },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.readFrench'),
          accelerator: 'CmdOrCtrl+1',
          registerAccelerator: false,
          click: command('read-fr'),
        },
        {
          label: t('menu.readEnglish'),
          accelerator: 'CmdOrCtrl+2',
          registerAccelerator: false,
          click: command('read-en'),
        },
        {
          label: t('menu.readBoth'),
          accelerator: 'CmdOrCtrl+3',
          registerAccelerator: false,
          click: command('read-both'),
        },
        { type: 'separator' },
        // The reading text's size rather than the page's zoom: the interface stays put and the
        // size is remembered with the person's other reading settings.
        {
          label: t('menu.textLarger'),
          accelerator: 'CmdOrCtrl+Plus',
          registerAccelerator: false,
          click: command('text-larger'),
        },
        {
          label: t('menu.textSmaller'),
          accelerator: 'CmdOrCtrl+-',
          registerAccelerator: false,
          click: command('text-smaller'),
        },
        {
          label: t('menu.textReset'),
          accelerator: 'CmdOrCtrl+0',
          registerAccelerator: false,
          click: command('text-reset'),
        },
        { type: 'separator' },
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ label: t('menu.devTools'), role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: t('menu.go'),
      submenu: [
        // The renderer handles these keys itself (on every platform); the menu only shows them.
        { label: t('menu.back'), accelerator: 'Alt+Left', registerAccelerator: false, click: command('go-back') },
        {
          label: t('menu.forward'),
          accelerator: 'Alt+Right',
          registerAccelerator: false,
          click: command('go-forward'),
        },
        { type: 'separator' },
        { label: t('menu.library'), accelerator: 'Alt+Home', registerAccelerator: false, click: command('go-library') },
        { label: t('menu.glossary'), click: command('go-glossary') },
        { label: t('menu.bookmarks'), click: command('go-bookmarks') },
        { label: t('menu.notes'), click: command('go-notes') },
        { label: t('menu.about'), click: command('go-about') },
      ],
    },
    {
      label: t('menu.language'),
      submenu: [
        { label: t('menu.french'), type: 'radio', checked: language === 'fr', click: command('use-language-fr') },
        { label: t('menu.english'), type: 'radio', checked: language === 'en', click: command('use-language-en') },
      ],
    },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [
        { label: t('menu.shortcuts'), accelerator: 'F1', registerAccelerator: false, click: command('show-shortcuts') },
        ...(isMac ? [] : [{ label: t('menu.aboutApp'), click: actions.showAboutApp }]),
      ],
    },
  ];
  return template;
}
