import { useObjectUrl } from '../clip/useObjectUrl';

/**
 * One image of a screenshot clip. An <img> can't run scripts or load
 * anything, whatever it holds. Only the first part carries the alt text:
 * the lower parts of a tall page continue the same picture.
 */
export function ScreenshotPart({
  blob,
  alt,
  index,
  onNaturalWidth,
}: {
  blob: Blob;
  alt: string;
  index: number;
  onNaturalWidth: (index: number, width: number) => void;
}) {
  const url = useObjectUrl(blob);
  if (!url) return null;
  return (
    <img
      src={url}
      alt={alt}
      draggable={false}
      onLoad={(event) => onNaturalWidth(index, event.currentTarget.naturalWidth)}
    />
  );
}
