import { i18n } from '#i18n';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getDb } from '@/lib/db/db';
import { openDatabase } from '@/lib/db/openDatabase';
import type { PlpDatabase } from '@/lib/db/schema';
import {
  describeStorageError,
  isStorageError,
  type StorageProblem,
} from '@/lib/db/describeStorageError';
import { StorageBanner } from './StorageBanner';
import { ErrorBoundary } from './ErrorBoundary';

interface DatabaseContextValue {
  db: PlpDatabase;
  /** Shows the storage banner for a failed write; returns whether it was a storage error. */
  reportError: (error: unknown) => boolean;
}

const DatabaseContext = createContext<DatabaseContextValue | null>(null);

export function useDatabase(): DatabaseContextValue {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('useDatabase must be used inside <DatabaseProvider>');
  return value;
}

type OpenState =
  { phase: 'opening' } | { phase: 'ready' } | { phase: 'failed'; problem: StorageProblem };

/**
 * Opens the database once for the page. If the browser won't store anything,
 * the student sees why instead of a blank or broken page.
 */
export function DatabaseProvider({
  children,
  db = getDb(),
}: {
  children: ReactNode;
  db?: PlpDatabase;
}) {
  const [state, setState] = useState<OpenState>({ phase: 'opening' });
  const [writeProblem, setWriteProblem] = useState<StorageProblem | null>(null);

  useEffect(() => {
    let cancelled = false;
    void openDatabase(db).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { phase: 'ready' } : { phase: 'failed', problem: result.problem });
    });
    return () => {
      cancelled = true;
    };
  }, [db]);

  const reportError = useCallback((error: unknown) => {
    if (!isStorageError(error)) return false;
    setWriteProblem(describeStorageError(error));
    return true;
  }, []);

  if (state.phase === 'opening')
    return (
      <p className="loading" role="status">
        {i18n.t('app.openingPlan')}
      </p>
    );
  if (state.phase === 'failed') return <StorageBanner problem={state.problem} blocking />;

  return (
    <DatabaseContext.Provider value={{ db, reportError }}>
      {writeProblem && (
        <StorageBanner problem={writeProblem} onDismiss={() => setWriteProblem(null)} />
      )}
      <ErrorBoundary>{children}</ErrorBoundary>
    </DatabaseContext.Provider>
  );
}
