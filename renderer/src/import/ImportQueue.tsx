import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PickedFile } from '@shared/ipc/contract';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from '@shared/library/vocabulary';
import { useServices } from '../services/context';

/** Files waiting for the import view, and how they arrive: the open dialog, or a drop on the window. */
interface ImportQueueApi {
  /** The files brought in last, until the import view takes them; null when none wait. */
  pending: PickedFile[] | null;
  /** Opens the native dialog; the files picked wait for the import view, which this opens. */
  pickFiles(): Promise<void>;
  /** Hands the waiting files to the import view, once. */
  take(): PickedFile[] | null;
}

const ImportQueueContext = createContext<ImportQueueApi | null>(null);

export function useImportQueue(): ImportQueueApi {
  const queue = useContext(ImportQueueContext);
  if (!queue) throw new Error('useImportQueue needs an ImportQueueProvider');
  return queue;
}

/**
 * A dropped file, read by the renderer from the `File` the drop hands it: only the bytes of
 * what the person dropped, never a path, so nothing crosses to the main process that a
 * compromised page could use to name another file. Its size first: a huge file is not read.
 */
async function readDropped(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return { name: file.name, status: 'refused', reason: 'too-large', size: file.size };
  }
  try {
    return { name: file.name, status: 'read', bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { name: file.name, status: 'refused', reason: 'unreadable', size: file.size };
  }
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Where files brought into the library wait: the menu, the library's button and a drop on
 * the window all end here, and the import view takes them. A drop anywhere is taken (a
 * dropped file never replaces the app's page), with a hint on screen while dragging.
 */
export function ImportQueueProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<PickedFile[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const pendingRef = useRef<PickedFile[] | null>(null);

  const bring = useCallback(
    (files: PickedFile[]) => {
      pendingRef.current = files;
      setPending(files);
      navigate('/import');
    },
    [navigate],
  );

  const pickFiles = useCallback(async () => {
    const opened = await api.libraryOpenFiles();
    if (opened.ok && opened.value.status === 'picked') bring(opened.value.files);
    else if (!opened.ok) navigate('/import');
  }, [api, bring, navigate]);

  const take = useCallback(() => {
    const files = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    return files;
  }, []);

  useEffect(() => {
    let depth = 0;
    const onDragEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])].slice(0, MAX_IMPORT_FILES);
      if (files.length > 0) void Promise.all(files.map(readDropped)).then(bring);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [bring]);

  const value = useMemo(() => ({ pending, pickFiles, take }), [pending, pickFiles, take]);
  return (
    <ImportQueueContext.Provider value={value}>
      {children}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>{t('import.dropHint')}</p>
        </div>
      )}
    </ImportQueueContext.Provider>
  );
}
