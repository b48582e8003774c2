import { i18n } from '#i18n';
import { useId, useRef } from 'react';
import { canZoomIn, canZoomOut, zoomPercent } from '@/lib/evidence/screenshotZoom';
import { ScreenshotPart } from './ScreenshotPart';
import { useScreenshotZoom } from './useScreenshotZoom';

/**
 * A screenshot the student can zoom and pan. A full page too tall for one
 * image arrives as several parts, stacked top to bottom without gaps.
 */
export function ZoomableScreenshot({ images, alt }: { images: Blob[]; alt: string }) {
  const ids = useId();
  const viewportRef = useRef<HTMLDivElement>(null);
  const zoom = useScreenshotZoom(viewportRef);
  const width = zoom.naturalWidth > 0 ? Math.round(zoom.naturalWidth * zoom.scale) : null;
  return (
    <div className="screenshot-zoom">
      <div
        className="screenshot-zoom-controls"
        role="group"
        aria-label={i18n.t('evidenceDetail.zoom.group')}
      >
        <button type="button" onClick={zoom.zoomOut} disabled={!canZoomOut(zoom.scale)}>
          <span aria-hidden="true">−</span> {i18n.t('evidenceDetail.zoom.zoomOut')}
        </button>
        <button type="button" onClick={zoom.zoomIn} disabled={!canZoomIn(zoom.scale)}>
          <span aria-hidden="true">+</span> {i18n.t('evidenceDetail.zoom.zoomIn')}
        </button>
        <button type="button" onClick={zoom.fitToWidth} aria-pressed={zoom.zoom.mode === 'fit'}>
          {i18n.t('evidenceDetail.zoom.fit')}
        </button>
        <button
          type="button"
          onClick={zoom.actualSize}
          aria-label={i18n.t('evidenceDetail.zoom.actualSize')}
        >
          100%
        </button>
        {/* Shown, not announced: a resize changes it. Zooming is announced below. */}
        <span className="screenshot-zoom-level" data-testid="zoom-level">
          {zoomPercent(zoom.scale)}
        </span>
        <span className="sr-only" role="status">
          {zoom.announcement}
        </span>
      </div>
      <div
        ref={viewportRef}
        className={`screenshot-zoom-viewport${zoom.dragging ? ' dragging' : ''}`}
        role="region"
        aria-label={i18n.t('evidenceDetail.zoom.viewport')}
        aria-describedby={`${ids}-keys`}
        aria-keyshortcuts="+ - 0 1"
        tabIndex={0}
        data-testid="screenshot-viewport"
        {...zoom.viewportHandlers}
      >
        <div
          className={`screenshot-zoom-stack${width === null ? ' measuring' : ''}`}
          style={width === null ? undefined : { width }}
        >
          {images.map((blob, index) => (
            <ScreenshotPart
              key={index}
              blob={blob}
              alt={index === 0 ? alt : ''}
              index={index}
              onNaturalWidth={zoom.onImageWidth}
            />
          ))}
        </div>
      </div>
      <p id={`${ids}-keys`} className="hint">
        {i18n.t('evidenceDetail.zoom.keysStart')} <kbd>+</kbd>{' '}
        {i18n.t('evidenceDetail.zoom.keysOr')} <kbd>-</kbd>{' '}
        {i18n.t('evidenceDetail.zoom.keysToZoom')} <kbd>0</kbd>{' '}
        {i18n.t('evidenceDetail.zoom.keysToFit')} <kbd>1</kbd>{' '}
        {i18n.t('evidenceDetail.zoom.keysActualHold')}{' '}
        <kbd>{i18n.t('evidenceDetail.zoom.ctrlKey')}</kbd> {i18n.t('evidenceDetail.zoom.keysEnd')}
      </p>
    </div>
  );
}
