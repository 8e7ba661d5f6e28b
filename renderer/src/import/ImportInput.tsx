import { useEffect, useRef, type ChangeEvent } from 'react';
import { useStores } from '../app/StoresContext';
import { IMPORT_ACCEPT } from './accept';

/** The hidden file input behind 导入: opened by any request to pick (toolbar, menu, Ctrl+O) through the library store. */
export function ImportInput() {
  const { library, errors } = useStores();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => library.onPickRequested(() => input.current?.click()), [library]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it, say) still fires a change.
    event.target.value = '';
    if (!file) return;
    errors.clear();
    void library.importFile(file);
  };

  return <input ref={input} type="file" accept={IMPORT_ACCEPT} hidden data-testid="import-input" onChange={onChange} />;
}
