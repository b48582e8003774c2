// `npm start`: opens Debian's Chromium with the freshly built extension on a
// demo profile (.demo-profile/, kept between runs), seeded with the example
// goals the first time so there is something to look at.
//   --screenshot <file>  save a screenshot of the dashboard and exit (used for the README)
//   --fresh              start from an empty demo profile
// First: the text helpers below read their words through browser.i18n.
import '../test/e2e/englishMessagesInNode';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../test/e2e/launchExtension';
import { DashboardPage } from '../test/e2e/pages/DashboardPage';
import { exampleGoals } from '../lib/goals/exampleGoals';
import { DEFAULT_SKILLS } from '../lib/skills/defaultSkills';
import { CATEGORY_LABELS } from '../lib/goals/goalText';

const args = process.argv.slice(2);
const screenshotPath = args.includes('--screenshot')
  ? args[args.indexOf('--screenshot') + 1]
  : undefined;
const profileDir = path.resolve('.demo-profile');
if (args.includes('--fresh')) rmSync(profileDir, { recursive: true, force: true });

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = Boolean(screenshotPath) || !hasDisplay;
const session = await launchExtension(profileDir, [], { headless });
const dashboard = new DashboardPage(await session.context.newPage(), session);
await dashboard.open();

const emptyState = dashboard.page.getByTestId('goals-empty-state');
// Wait for the database to open and the first goals query to answer.
await emptyState.or(dashboard.goalCards().first()).first().waitFor();
if (await emptyState.isVisible()) {
  console.log('New demo profile: adding the example goals…');
  const examples = exampleGoals();
  for (const { input } of examples) {
    await dashboard.createGoal({
      title: input.title,
      category: CATEGORY_LABELS[input.category] as 'Academic',
      description: input.description,
      whyItMatters: input.whyItMatters,
      skills: input.skillIds.map((id) => DEFAULT_SKILLS.find((s) => s.id === id)!.name),
      steps: input.steps.map((s) => s.text),
    });
  }
  await dashboard.step(examples[0]!.input.title, examples[0]!.input.steps[0]!.text).check();
  await dashboard.page.getByRole('button', { name: 'Got it' }).click();
}

if (screenshotPath) {
  await dashboard.page.setViewportSize({ width: 1100, height: 1000 });
  await dashboard.page.screenshot({ path: screenshotPath });
  console.log(`Saved ${screenshotPath}`);
  await session.close();
} else {
  console.log(`PLP Companion is running in Chromium (profile ${profileDir}).`);
  console.log(`Dashboard: ${session.url('dashboard.html')}   Popup: ${session.url('popup.html')}`);
  if (headless) {
    console.log(
      'No display found, so Chromium runs headless. Run `npm start` in a desktop session to see it.',
    );
  }
  console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await session.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  session.context.on('close', () => process.exit(0));
}
