import { useEffect, useState } from 'react';

export type CameraStatus = 'off' | 'asking' | 'live' | 'denied' | 'no-device' | 'error';

/**
 * A small webcam stream for the setup preview (and the camera permission the
 * offscreen recorder can't ask for). Stopped when turned off or the page goes.
 */
export function useCameraPreview(enabled: boolean): {
  status: CameraStatus;
  stream: MediaStream | null;
} {
  const [state, setState] = useState<{ status: CameraStatus; stream: MediaStream | null } | null>(
    null,
  );

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    const media = navigator.mediaDevices;
    const open = async () => {
      if (!media?.getUserMedia) throw new DOMException('No media devices', 'NotFoundError');
      const opened = await media.getUserMedia({
        video: { width: { ideal: 320 }, height: { ideal: 240 } },
        audio: false,
      });
      if (stopped) return opened.getTracks().forEach((t) => t.stop());
      stream = opened;
      setState({ status: 'live', stream: opened });
    };
    open().catch((error: unknown) => {
      if (stopped) return;
      const name = error instanceof DOMException ? error.name : '';
      const status: CameraStatus =
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'no-device'
            : 'error';
      setState({ status, stream: null });
    });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
      setState(null);
    };
  }, [enabled]);

  if (!enabled) return { status: 'off', stream: null };
  return state ?? { status: 'asking', stream: null };
}
