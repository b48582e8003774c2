import { useEffect } from 'react';
import './schoolPolicy.css';
import { applySchoolFramework } from '@/lib/settings/schoolSkillsFramework';
import type { ManagedPolicy } from '@/lib/settings/managedPolicy';
import { useDatabase } from './DatabaseProvider';

/**
 * Brings the skills table in line with the school's framework whenever a page that tags work
 * opens, or the policy changes. Renders nothing. Removing the policy leaves the skills as they
 * are (now editable), so nothing the student tagged changes.
 */
export function ApplySchoolPolicy({ policy }: { policy: ManagedPolicy | null }) {
  const { db, reportError } = useDatabase();
  const framework = policy?.skillsFramework;
  // The policy object is new on every read; compare by content so equal policies write nothing.
  const key = framework ? JSON.stringify(framework) : null;
  useEffect(() => {
    if (!framework) return;
    applySchoolFramework(db, framework).catch((error: unknown) => {
      if (!reportError(error)) console.error('Applying the school skills framework failed', error);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for framework's content
  }, [db, key]);
  return null;
}
