import { i18n } from '#i18n';
import { useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { countLibrary } from '@/lib/library/libraryCounts';
import { clearedFilters, hasActiveFilters } from '@/lib/library/libraryFilters';
import { libraryKeyString } from '@/lib/library/libraryQuery';
import {
  selectedKeys,
  selectedShown,
  selectRange,
  toggleSelected,
} from '@/lib/library/librarySelection';
import { librarySortLabel, resultsSentence } from '@/lib/library/libraryText';
import { useDatabase } from '../app/DatabaseProvider';
import { BulkActions } from './BulkActions';
import { LibraryControls } from './LibraryControls';
import { LibraryEmptyState } from './LibraryEmptyState';
import { LibraryItem } from './LibraryItem';
import { LibraryResults, type LibraryLayout } from './LibraryResults';
import { UndoToast } from './UndoToast';
import { useExpiredTrashPurge } from './useExpiredTrashPurge';
import { useLibraryActions } from './useLibraryActions';
import { useLibraryCards } from './useLibraryCards';
import { useLibraryFilters } from './useLibraryFilters';
import { useLibraryList } from './useLibraryList';
import { useStoredChoice } from './useStoredChoice';
import { useUndoToast } from './useUndoToast';
import './library.css';
import { saveExportSelection } from '@/lib/export/exportSelection';

const LAYOUTS = ['list', 'grid'] as const satisfies readonly LibraryLayout[];

/**
 * The student's evidence library: every clip and reflection, searchable,
 * filterable and virtualised, with bulk tagging and a trash with Undo.
 */
export function LibraryPage({ navigate }: { navigate: (route: DashboardRoute) => void }) {
  const { db } = useDatabase();
  useExpiredTrashPurge();
  const [filters, setFilters] = useLibraryFilters();
  const [layout, setLayout] = useStoredChoice('plp.library.layout', LAYOUTS);
  const list = useLibraryList(filters);
  const store = useLibraryCards();
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const counts = useLiveQuery(() => countLibrary(db), [db]);
  const toast = useUndoToast();
  const actions = useLibraryActions(toast);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const goalTitles = useMemo(() => new Map(goals?.map((g) => [g.id, g.title])), [goals]);
  const skillNames = useMemo(() => new Map(skills?.map((s) => [s.id, s.name])), [skills]);
  // Actions touch only selected items that are still shown.
  const shownSelected = useMemo(() => selectedShown(selected, list.keys), [selected, list.keys]);

  if (!goals || !skills || !counts || !list.loaded) {
    return <p role="status">{i18n.t('library.page.loading')}</p>;
  }

  const filtered = hasActiveFilters(filters);
  // While a toast can still undo, keep the controls even if the library just emptied.
  const libraryEmpty = counts.live === 0 && toast.toast === null;
  const count = list.entries.length;

  function select(key: string, checked: boolean, range: boolean) {
    setSelected((before) =>
      range
        ? selectRange(before, list.keys, anchor, key, checked)
        : toggleSelected(before, key, checked),
    );
    setAnchor(key);
  }

  function clearFilters() {
    setFilters(clearedFilters(filters));
    // The button that was pressed goes away; the search box is where to go next.
    searchRef.current?.focus();
  }

  return (
    <section aria-labelledby="library-heading" className="library-page">
      <div className="page-heading">
        <h2 id="library-heading">{i18n.t('library.page.heading')}</h2>
        <a href="#/trash" data-testid="trash-link">
          {i18n.t('library.page.trashLink', { count: counts.trash.toLocaleString() })}
        </a>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={libraryEmpty ? 'sr-only' : 'library-count'}
        data-testid="library-count"
        data-count={count}
        data-state={list.state}
      >
        {resultsSentence(count, filtered)}
      </p>
      {libraryEmpty ? (
        <LibraryEmptyState />
      ) : (
        <>
          <LibraryControls
            filters={filters}
            onChange={setFilters}
            goals={goals}
            skills={skills}
            layout={layout}
            onLayout={setLayout}
            searchRef={searchRef}
          />
          <BulkActions
            shownCount={count}
            selectedCount={shownSelected.length}
            onSelectAll={(checked) => setSelected(checked ? new Set(list.keys) : new Set())}
            onClearSelection={() => setSelected(new Set())}
            goals={goals}
            skills={skills}
            busy={actions.busy}
            onTag={(target, name, add) => void actions.tag(shownSelected, target, name, add)}
            onTrash={() => void actions.trash(shownSelected, () => setSelected(new Set()))}
            onExport={() => {
              saveExportSelection(selectedKeys(shownSelected));
              navigate({ view: 'export' });
            }}
          />
        </>
      )}
      <UndoToast state={toast} />
      {!libraryEmpty &&
        (count === 0 && list.state === 'ready' ? (
          <div className="empty-filter library-no-results" data-testid="library-no-results">
            <p>
              {filtered
                ? i18n.t('library.page.nothingMatches')
                : i18n.t('library.page.nothingHere')}
            </p>
            {filtered && (
              <button type="button" onClick={clearFilters}>
                {i18n.t('library.page.clearFilters')}
              </button>
            )}
          </div>
        ) : (
          <LibraryResults
            entries={list.entries}
            keys={list.keys}
            store={store}
            layout={layout}
            label={i18n.t('library.page.listLabel', {
              sort: librarySortLabel(filters.sort).toLocaleLowerCase(),
            })}
            resetKey={list.queryKey}
            renderItem={(card, position) => (
              <LibraryItem
                card={card}
                position={position}
                selected={selected.has(libraryKeyString(card))}
                goalTitles={card.goalIds.flatMap((id) => goalTitles.get(id) ?? [])}
                skillNames={card.skillIds.flatMap((id) => skillNames.get(id) ?? [])}
                onSelect={select}
                navigate={navigate}
              />
            )}
          />
        ))}
    </section>
  );
}
