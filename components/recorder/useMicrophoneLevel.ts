import { i18n } from '#i18n';
import { useEffect, useState } from 'react';

export type MicrophoneStatus = 'off' | 'asking' | 'live' | 'denied' | 'no-device' | 'error';

export interface MicrophoneState {
  status: MicrophoneStatus;
  /** 0–100, updated about ten times a second while live. */
  level: number;
  /** Microphones the browser lists (names appear only once access is allowed). */
  devices: { deviceId: string; label: string }[];
}

interface Reading {
  /** Which request this reading belongs to, so a stale one is never shown. */
  key: string;
  status: Exclude<MicrophoneStatus, 'off' | 'asking'>;
  devices: MicrophoneState['devices'];
}

const LEVEL_INTERVAL_MS = 100;

/** Loudness in 0–100 from a block of samples: decibels from −60 (silence) to 0 (full scale). */
function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / samples.length);
  const decibels = 20 * Math.log10(Math.max(rms, 1e-6));
  return Math.round(Math.max(0, Math.min(100, ((decibels + 60) / 60) * 100)));
}

function statusOf(error: unknown): Reading['status'] {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-device';
  return 'error';
}

/**
 * Opens the microphone in this page and measures its level. Doing it here
 * also asks for (and remembers) the microphone permission for the extension,
 * which the offscreen recorder needs because it can't ask on its own.
 * The tracks stop whenever the microphone is turned off, changed or the page goes.
 */
export function useMicrophoneLevel(enabled: boolean, deviceId: string | null): MicrophoneState {
  const key = `${deviceId ?? 'default'}`;
  const [reading, setReading] = useState<Reading | null>(null);
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let context: AudioContext | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    const media = navigator.mediaDevices;
    const audio = deviceId ? { deviceId: { exact: deviceId } } : true;

    const listDevices = async () =>
      (await media.enumerateDevices())
        .filter((d) => d.kind === 'audioinput')
        .map((d, i) => ({
          deviceId: d.deviceId,
          label: d.label || i18n.t('recorder.microphone.numbered', { number: i + 1 }),
        }));

    const open = async () => {
      if (!media?.getUserMedia) throw new DOMException('No media devices', 'NotFoundError');
      const opened = await media.getUserMedia({ audio, video: false });
      if (stopped) return opened.getTracks().forEach((t) => t.stop());
      stream = opened;
      context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(opened).connect(analyser);
      // A context made without a click may start suspended; the meter would sit at zero.
      void context.resume().catch(() => undefined);
      const samples = new Float32Array(analyser.fftSize);
      timer = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        setLevel(levelOf(samples));
      }, LEVEL_INTERVAL_MS);
      for (const track of opened.getAudioTracks()) {
        track.addEventListener('ended', () => {
          if (!stopped) setReading((r) => (r ? { ...r, status: 'no-device' } : r));
        });
      }
      const devices = await listDevices();
      if (!stopped) setReading({ key, status: 'live', devices });
    };

    open().catch(async (error: unknown) => {
      if (stopped) return;
      const devices = await listDevices().catch(() => []);
      if (!stopped) setReading({ key, status: statusOf(error), devices });
    });

    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
      void context?.close().catch(() => undefined);
    };
  }, [enabled, deviceId, key]);

  if (!enabled) return { status: 'off', level: 0, devices: reading?.devices ?? [] };
  if (!reading || reading.key !== key)
    return { status: 'asking', level: 0, devices: reading?.devices ?? [] };
  return {
    status: reading.status,
    level: reading.status === 'live' ? level : 0,
    devices: reading.devices,
  };
}
