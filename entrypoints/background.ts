import { setUpMessageRouter } from '@/lib/background/setUpMessageRouter';
import { setUpClipMenus } from '@/lib/background/setUpClipMenus';
import { setUpRecordingLifecycle } from '@/lib/background/setUpRecordingLifecycle';
import { setUpDriveExport } from '@/lib/background/setUpDriveExport';
import { setUpOnboarding } from '@/lib/background/setUpOnboarding';
import { createClipTools } from '@/lib/clip/createClipTools';
import { getDb } from '@/lib/db/db';
import { recorderMessenger } from '@/lib/messaging/recorder';

export default defineBackground(() => {
  // Listeners are registered synchronously so the event that woke the worker is not missed.
  // Created on first use and kept for the worker's lifetime (the capture pacer must see every capture).
  let clipTools: ReturnType<typeof createClipTools> | undefined;
  const tools = () => (clipTools ??= createClipTools(browser));
  setUpMessageRouter(browser, tools, setUpDriveExport(browser, { db: getDb }));
  setUpClipMenus(browser, tools);
  setUpOnboarding(browser);
  setUpRecordingLifecycle(browser, {
    db: getDb,
    stopRecording: (recordingId) => recorderMessenger.sendMessage('recorderStop', { recordingId }),
  });
});
