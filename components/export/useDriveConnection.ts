import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { driveSettings, DEFAULT_DRIVE_SETTINGS } from '@/lib/settings/driveSettings';
import type { EffectiveDriveSettings } from '@/lib/settings/effectiveDriveSettings';
import {
  createBrowserDriveAuth,
  readBrowserDriveSettings,
} from '@/lib/export/drive/browserDriveAuth';
import { describeDriveAuthError } from '@/lib/export/drive/auth/createDriveAuth';

export interface DriveConnection {
  /** Undefined while loading. */
  effective: EffectiveDriveSettings | undefined;
  signedIn: boolean;
  busy: boolean;
  /** The last sign-in problem, in words for the student. */
  problem: string | null;
  /** Shows Google's sign-in window; call it from a click (a user gesture). True when signed in. */
  connect(): Promise<boolean>;
  disconnect(): Promise<void>;
}

/** Drive settings (the student's, with the school's policy on top) and the sign-in state. */
export function useDriveConnection(): DriveConnection {
  const [effective, setEffective] = useState<EffectiveDriveSettings>();
  const [signedIn, setSignedIn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const auth = useMemo(() => createBrowserDriveAuth(browser), []);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const next = await readBrowserDriveSettings().catch(() => ({
        settings: DEFAULT_DRIVE_SETTINGS,
        lockedBySchool: [],
      }));
      const connected = await auth.isSignedIn().catch(() => false);
      if (!live) return;
      setEffective(next);
      setSignedIn(connected);
    };
    void load();
    // Follows a settings change from the form or another tab.
    const unwatch = driveSettings.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, [auth]);

  const connect = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await auth.getToken(true);
      setSignedIn(true);
      return true;
    } catch (error) {
      setProblem(describeDriveAuthError(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const disconnect = async () => {
    setBusy(true);
    try {
      await auth.signOut();
    } finally {
      setSignedIn(false);
      setBusy(false);
    }
  };

  return { effective, signedIn, busy, problem, connect, disconnect };
}
