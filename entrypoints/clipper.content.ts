import { setUpClipper } from '@/lib/capture/page/setUpClipper';

export default defineContentScript({
  // Not in the manifest: the service worker injects it into the tab the
  // student clipped (activeTab + scripting), so no host permission is needed.
  registration: 'runtime',
  main(ctx) {
    setUpClipper(ctx, browser);
  },
});
