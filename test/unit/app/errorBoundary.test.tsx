// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/app/ErrorBoundary';
import { isExtensionContextGone } from '@/lib/extensionContextGone';

function Throws({ message }: { message: string }): never {
  throw new Error(message);
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // The boundary and React both log a caught error; the tests read what is shown instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

describe('isExtensionContextGone', () => {
  it('is true for the error every API throws once the extension was unloaded', () => {
    expect(isExtensionContextGone(new Error('Extension context invalidated.'), { id: 'x' })).toBe(
      true,
    );
  });
  it('is true when the runtime has lost its id, whatever the error', () => {
    expect(isExtensionContextGone(new Error('boom'), {})).toBe(true);
    expect(isExtensionContextGone(new Error('boom'), undefined)).toBe(true);
  });
  it('is false for an ordinary error in a live extension', () => {
    expect(isExtensionContextGone(new Error('boom'), { id: 'abc' })).toBe(false);
  });
});

describe('ErrorBoundary', () => {
  it('shows the friendly crash message for an ordinary error', () => {
    act(() =>
      root.render(
        <ErrorBoundary>
          <Throws message="Something odd" />
        </ErrorBoundary>,
      ),
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something odd');
    expect(alert?.querySelector('h2')?.textContent).not.toBe('');
  });

  it('shows nothing, and throws nothing, in a page whose extension was unloaded under it', () => {
    act(() =>
      root.render(
        <ErrorBoundary>
          <Throws message="Extension context invalidated." />
        </ErrorBoundary>,
      ),
    );
    expect(container.innerHTML).toBe('');
  });
});
