import { useEffect, useMemo } from 'react';
import type { ReportDocument } from '../api/contract';
import { useApi } from '../api/ApiContext';
import { AnnotationSession } from '../annotations/AnnotationSession';
import { preloadEditor } from '../notes/NoteBody';
import type { AppStores } from './AppStores';

/**
 * One annotation session per document shown. Made during render (it has no effects until
 * started), started and dropped here; the saver outlives it, so nothing typed is lost. The last
 * words typed are sent when the page goes away or the window hides, never dropped; coming back
 * refreshes the list (a focused, unsaved editor keeps its own text).
 */
export function useReaderSession(stores: AppStores, doc: ReportDocument | null): AnnotationSession | null {
  const api = useApi();
  const { saver, errors, reader } = stores;
  const session = useMemo(() => (doc ? new AnnotationSession({ api, saver, doc, onError: errors.report }) : null), [api, saver, doc, errors]);

  useEffect(() => {
    if (!session) return;
    session.start();
    void session.load(reader.takePrefetched(session.versionId));
    const preload = setTimeout(preloadEditor, 500);
    return () => {
      clearTimeout(preload);
      session.dispose();
    };
  }, [session, reader]);

  useEffect(() => {
    saver.setOnSaved((saved, versionId) => {
      if (session && session.versionId === versionId) session.adopt(saved);
    });
  }, [saver, session]);

  useEffect(() => {
    const flush = () => void saver.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
      else void session?.load();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver, session]);

  return session;
}
