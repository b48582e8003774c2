import { useEffect, useMemo } from 'react';

/** An object URL for a stored Blob, revoked when the Blob changes or the view goes away. */
export function useObjectUrl(blob: Blob | undefined | null): string | null {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
