import type { Scenario } from '../scenarioTypes';
import { evidenceQuery } from './evidenceQuery';
import { clipVisible } from './clipVisible';
import { clipFullPage } from './clipFullPage';
import { popupReady } from './popupReady';
import { reflectionProcessing } from './reflectionProcessing';
import { libraryDashboard } from './libraryDashboard';
import { exportBundle } from './exportBundle';
import { driveUpload } from './driveUpload';

/**
 * Every benchmark scenario, in the order `npm run bench` runs them. A new
 * scenario is one file in this folder plus one line here; it must compare with
 * a reference measured in the same run, never with a fixed time.
 */
export const SCENARIOS: readonly Scenario[] = [
  evidenceQuery,
  clipVisible,
  clipFullPage,
  popupReady,
  reflectionProcessing,
  libraryDashboard,
  exportBundle,
  driveUpload,
];
