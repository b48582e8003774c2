import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import type { GoalRecord, PromptSetRecord, RecordingSource, SkillRecord } from '@/lib/db/records';
import type { RecordingFailure } from '@/lib/record/recorderControl';
import type { RecordingSettings } from '@/lib/settings/recordingSettings';
import type { EffectiveRecordingSettings } from '@/lib/settings/effectiveRecordingSettings';
import { promptSetFor } from '@/lib/prompts/promptSetsRepo';
import { buildStartRequest } from '@/lib/reflections/buildStartRequest';
import { REFLECTION_TITLE_MAX } from '@/lib/reflections/reflectionsRepo';
import { SkillCheckboxes } from '../goals/SkillCheckboxes';
import { FreeSpaceCheck } from './FreeSpaceCheck';
import { GoalCheckboxes } from './GoalCheckboxes';
import { MicrophoneSetup } from './MicrophoneSetup';
import { PromptSetPicker } from './PromptSetPicker';
import { RecordFailureNotice } from './RecordFailureNotice';
import { RecordSourcePicker } from './RecordSourcePicker';
import { WebcamSetup } from './WebcamSetup';
import { useRecordableTab } from './useRecordableTab';
import { useRecorderControl } from './RecorderControlContext';

const defaultTitle = () =>
  i18n.t('recorder.setup.defaultTitle', {
    date: new Date().toLocaleDateString(undefined, { dateStyle: 'medium' }),
  });

/**
 * What to record and with what, then Start. The microphone and camera are
 * tried here, in a page that can ask for permission, so problems show up
 * before the recording rather than in the middle of it.
 */
export function RecordSetupForm(props: {
  goalId: string | null;
  tabId: number | null;
  goals: GoalRecord[];
  skills: SkillRecord[];
  promptSets: PromptSetRecord[];
  settings: RecordingSettings;
  lockedBySchool?: EffectiveRecordingSettings['lockedBySchool'];
  fpsDefaultBySchool?: boolean;
}) {
  const { goalId, tabId, goals, skills, promptSets, settings } = props;
  const locked = props.lockedBySchool ?? [];
  const webcamLocked = locked.includes('webcam');
  const ids = useId();
  const control = useRecorderControl();
  const { offerTab, tabTitle } = useRecordableTab(tabId);
  const [chosenSource, setSource] = useState<RecordingSource>(offerTab ? 'tab' : 'window');
  const [microphone, setMicrophone] = useState(settings.microphone);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [webcam, setWebcam] = useState(settings.webcam);
  const [fps, setFps] = useState<15 | 30>(settings.fps);
  const [title, setTitle] = useState(defaultTitle);
  const [goalIds, setGoalIds] = useState<string[]>(goalId ? [goalId] : []);
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [chosenSetId, setChosenSetId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<RecordingFailure | null>(null);

  // "This tab" disappears if that tab has closed; fall back to a window.
  const source = chosenSource === 'tab' && !offerTab ? 'window' : chosenSource;
  // Until the student picks a set, follow the first chosen goal's own set.
  const promptSet =
    promptSets.find((s) => s.id === chosenSetId) ?? promptSetFor(promptSets, goalIds[0]);

  async function start(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setStarting(true);
    const request = buildStartRequest(
      {
        source,
        tabId,
        microphone,
        microphoneDeviceId: deviceId,
        // The school's "no webcam" wins even if the form was somehow changed.
        webcam: webcam && !webcamLocked,
        fps,
        title,
        goalIds,
        skillIds,
        prompts: promptSet?.prompts ?? [],
      },
      settings,
      defaultTitle(),
    );
    let outcome;
    try {
      outcome = await control.start(request);
    } catch (error) {
      outcome = {
        ok: false as const,
        failure: { reason: 'host-unavailable' as const, detail: String(error) },
      };
    }
    setStarting(false);
    if (!outcome.ok) {
      setFailure(outcome.failure);
      return;
    }
    // Ask once a recording is under way (not before: in Firefox the screen
    // picker needs this click), so long recordings aren't cleared when space is low.
    void navigator.storage?.persist?.().catch(() => false);
  }

  return (
    <form className="record-setup" onSubmit={start} aria-labelledby={`${ids}-heading`} noValidate>
      <h2 id={`${ids}-heading`}>{i18n.t('recorder.setup.heading')}</h2>
      <p className="hint">{i18n.t('recorder.setup.intro')}</p>
      {failure && <RecordFailureNotice failure={failure} />}
      <FreeSpaceCheck fps={fps} />
      <div className="field">
        <label htmlFor={`${ids}-title`}>{i18n.t('recorder.setup.title')}</label>
        <input
          id={`${ids}-title`}
          value={title}
          maxLength={REFLECTION_TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="record-title"
        />
      </div>
      <RecordSourcePicker
        value={source}
        offerTab={offerTab}
        tabTitle={tabTitle}
        onChange={setSource}
      />
      <MicrophoneSetup
        enabled={microphone}
        released={starting}
        deviceId={deviceId}
        onEnabledChange={setMicrophone}
        onDeviceChange={setDeviceId}
      />
      <WebcamSetup
        enabled={webcam && !webcamLocked}
        released={starting}
        onEnabledChange={setWebcam}
        lockedBySchool={webcamLocked}
      />
      <PromptSetPicker
        sets={promptSets}
        goals={goals}
        value={promptSet}
        onChange={setChosenSetId}
      />
      <GoalCheckboxes
        goals={goals}
        selected={goalIds}
        onChange={setGoalIds}
        legend={i18n.t('recorder.setup.goalsLegend')}
      />
      <SkillCheckboxes
        skills={skills}
        selected={skillIds}
        onChange={setSkillIds}
        legend={i18n.t('recorder.setup.skillsLegend')}
      />
      <fieldset className="field record-fps">
        <legend>{i18n.t('recorder.setup.smoothness')}</legend>
        <label className="check-row">
          <input
            type="radio"
            name={`${ids}-fps`}
            checked={fps === 15}
            onChange={() => setFps(15)}
          />
          {i18n.t('recorder.setup.fps15')}
        </label>
        <label className="check-row">
          <input
            type="radio"
            name={`${ids}-fps`}
            checked={fps === 30}
            onChange={() => setFps(30)}
          />
          {i18n.t('recorder.setup.fps30')}
        </label>
        {props.fpsDefaultBySchool && (
          <p className="hint" data-testid="record-fps-school">
            {i18n.t('recorder.setup.fpsSchool')}
          </p>
        )}
      </fieldset>
      <p className="hint" data-testid="record-max-length">
        {i18n.t('recorder.setup.maxLength', { minutes: settings.maxMinutes })}
        {locked.includes('maxMinutes') && (
          <>
            {' '}
            (<span className="set-by-school">{i18n.t('recorder.common.setBySchool')}</span>)
          </>
        )}
        {i18n.t('recorder.setup.countdown', { seconds: settings.countdownSeconds })}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={starting} data-testid="record-start">
          {i18n.t(starting ? 'recorder.setup.starting' : 'recorder.setup.start')}
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {starting ? i18n.t('recorder.setup.startingStatus') : ''}
      </p>
    </form>
  );
}
