import { useObjectUrl } from '../clip/useObjectUrl';

/**
 * A screenshot or image clip, shown as <img>: an image can't run scripts or
 * load anything, whatever it holds (an SVG in <img> is static too).
 * A very tall full page is several images stacked without gaps.
 */
export function ClipImages({ images, alt }: { images: Blob[]; alt: string }) {
  return (
    <div className="viewer-images">
      {images.map((blob, index) => (
        <ClipImage key={index} blob={blob} alt={index === 0 ? alt : ''} />
      ))}
    </div>
  );
}

function ClipImage({ blob, alt }: { blob: Blob; alt: string }) {
  const url = useObjectUrl(blob);
  return url ? <img src={url} alt={alt} /> : null;
}
