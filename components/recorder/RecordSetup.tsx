import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/lib/goals/goalsRepo';
import { listSkills } from '@/lib/skills/skillsRepo';
import { listPromptSets } from '@/lib/prompts/promptSetsRepo';
import { useDatabase } from '../app/DatabaseProvider';
import { RecordSetupForm } from './RecordSetupForm';
import { useRecordingSettings } from './useRecordingSettings';

/** The setup screen: loads what the form offers, then shows it. */
export function RecordSetup({ goalId, tabId }: { goalId: string | null; tabId: number | null }) {
  const { db } = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), [db]);
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const promptSets = useLiveQuery(() => listPromptSets(db), [db]);
  const settings = useRecordingSettings();
  if (!goals || !skills || !promptSets || !settings)
    return <p role="status">{i18n.t('recorder.common.loading')}</p>;
  return (
    <RecordSetupForm
      // A new goal or tab from the popup starts a fresh form.
      key={`${goalId ?? ''}:${tabId ?? ''}`}
      goalId={goalId}
      tabId={tabId}
      goals={goals.filter((g) => g.status === 'active' || g.id === goalId)}
      skills={skills}
      promptSets={promptSets}
      settings={settings.settings}
      lockedBySchool={settings.lockedBySchool}
      fpsDefaultBySchool={settings.fpsDefaultBySchool}
    />
  );
}
