import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DashboardRoute } from '@/lib/dashboard/dashboardRoute';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { moveToTrash } from '@/lib/library/trash';
import { useDatabase } from '../app/DatabaseProvider';
import { EvidenceDetailView } from './EvidenceDetailView';
import { EvidenceInTrash } from './EvidenceInTrash';
import { EvidenceNotFound } from './EvidenceNotFound';
import './evidenceDetail.css';

/** The `#/evidence/<id>` route: one clip, live, whatever state it is in. */
export function EvidenceDetailPage({
  evidenceId,
  navigate,
}: {
  evidenceId: string;
  navigate: (route: DashboardRoute) => void;
}) {
  const { db, reportError } = useDatabase();
  const record = useLiveQuery(() => db.evidence.get(evidenceId), [db, evidenceId], null);
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const [trashing, setTrashing] = useState(false);
  const [trashFailed, setTrashFailed] = useState(false);

  async function trash() {
    setTrashing(true);
    setTrashFailed(false);
    try {
      await moveToTrash(db, [{ table: 'evidence', id: evidenceId }]);
      navigate({ view: 'evidence' });
    } catch (error) {
      // A full or broken disk shows the storage banner; anything else is said here.
      if (!reportError(error)) setTrashFailed(true);
      setTrashing(false);
    }
  }

  if (record === null || !goals || !skills)
    return <p role="status">{i18n.t('evidenceDetail.page.loading')}</p>;
  if (!record) return <EvidenceNotFound />;
  // Moved to the trash from here: leaving for the library, not showing the trash notice.
  if (trashing && record.deletedAt !== null)
    return <p role="status">{i18n.t('evidenceDetail.page.movedToTrash')}</p>;
  if (record.deletedAt !== null)
    return <EvidenceInTrash key={record.id} record={record} deletedAt={record.deletedAt} />;
  return (
    <EvidenceDetailView
      key={record.id}
      record={record}
      goals={goals.filter((goal) => goal.status === 'active' || record.goalIds.includes(goal.id))}
      skills={skills}
      trashing={trashing}
      trashFailed={trashFailed}
      onMoveToTrash={() => void trash()}
    />
  );
}
