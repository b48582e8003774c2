import { setUpMessageRouter } from '@/lib/background/setUpMessageRouter';
import { setUpClipMenus } from '@/lib/background/setUpClipMenus';
import { createClipTools } from '@/lib/clip/createClipTools';

export default defineBackground(() => {
  // Listeners are registered synchronously so the event that woke the worker is not missed.
  // Created on first use and kept for the worker's lifetime (the capture pacer must see every capture).
  let clipTools: ReturnType<typeof createClipTools> | undefined;
  const tools = () => (clipTools ??= createClipTools(browser));
  setUpMessageRouter(browser, tools);
  setUpClipMenus(browser, tools);
});
