import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The shortcuts by what they are for, in the order a person meets them. */
const SHORTCUT_GROUPS = [
  {
    group: 'move',
    shortcuts: [
      { keys: ['Alt', '←'], action: 'back' },
      { keys: ['Alt', '→'], action: 'forward' },
      { keys: ['Alt', 'Home'], action: 'library' },
      { keys: ['g'], action: 'glossary' },
      { keys: ['Ctrl', 'K'], action: 'search' },
      { keys: ['/'], action: 'search' },
      { keys: ['Esc'], action: 'backToResults' },
    ],
  },
  {
    group: 'read',
    shortcuts: [
      { keys: ['j'], action: 'nextPassage' },
      { keys: ['k'], action: 'previousPassage' },
      { keys: ['['], action: 'previousDocument' },
      { keys: [']'], action: 'nextDocument' },
      { keys: ['t'], action: 'tableOfContents' },
      { keys: ['Ctrl', '1'], action: 'readFrench' },
      { keys: ['Ctrl', '2'], action: 'readEnglish' },
      { keys: ['Ctrl', '3'], action: 'readBoth' },
    ],
  },
  {
    group: 'keep',
    shortcuts: [
      { keys: ['Ctrl', 'D'], action: 'bookmark' },
      { keys: ['Shift', '→'], action: 'select' },
      { keys: ['h'], action: 'highlight' },
      { keys: ['n'], action: 'note' },
      { keys: ['Ctrl', 'Shift', 'C'], action: 'cite' },
      { keys: ['Ctrl', 'P'], action: 'savePdf' },
      { keys: ['Ctrl', 'Z'], action: 'undo' },
    ],
  },
  {
    group: 'display',
    shortcuts: [
      { keys: ['Ctrl', '+'], action: 'textLarger' },
      { keys: ['Ctrl', '−'], action: 'textSmaller' },
      { keys: ['Ctrl', '0'], action: 'textReset' },
    ],
  },
  {
    group: 'help',
    shortcuts: [
      { keys: ['?'], action: 'shortcuts' },
      { keys: ['F1'], action: 'shortcuts' },
    ],
  },
] as const;

/** The list of keyboard shortcuts, in a modal dialog (Escape closes it). */
export const ShortcutsDialog = memo(function ShortcutsDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts">
        {SHORTCUT_GROUPS.map(({ group, shortcuts }) => (
          <tbody key={group}>
            <tr>
              <th colSpan={2} scope="colgroup">
                {t(`shortcuts.groups.${group}`)}
              </th>
            </tr>
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.keys.join('+')}>
                <td>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' + '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(`shortcuts.actions.${shortcut.action}`)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <form method="dialog">
        <button type="submit" className="button primary" autoFocus>
          {t('common.close')}
        </button>
      </form>
    </dialog>
  );
});
