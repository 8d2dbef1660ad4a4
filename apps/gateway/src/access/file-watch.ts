import { FSWatcher, watch } from 'node:fs';
import { dirname } from 'node:path';

/** How long a burst of change events (an editor's save, a ConfigMap's swap) is let settle. */
const SETTLE_MS = 150;

/**
 * Calls `changed` after anything in the file's directory changes. The directory is watched, not
 * the file: editors and Kubernetes replace a file by renaming another over it, which ends a
 * watch on the file itself. The caller compares contents to tell a real change.
 */
export function watchDirectoryOf(
  file: string,
  changed: () => void,
  failed: (error: Error) => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dirname(file), { persistent: false }, () => {
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  });
  watcher.on('error', failed);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
