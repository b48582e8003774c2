import { describe, expect, it } from 'vitest';
import { assertClippable, linkOnlyUrl } from '@/lib/clip/clipAvailability';
import { ClipError } from '@/lib/clip/clipErrors';

function failure(url: string | undefined, fileAccess = false) {
  try {
    assertClippable(url, fileAccess);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ClipError);
    const clipError = error as ClipError;
    return { reason: clipError.reason, linkOnly: clipError.linkOnly };
  }
}

describe('assertClippable', () => {
  it('lets ordinary web pages through', () => {
    expect(failure('https://en.wikipedia.org/wiki/Vermont')).toBeNull();
    expect(failure('http://localhost:8080/page')).toBeNull();
  });

  it('refuses browser and extension pages without a link-only offer', () => {
    for (const url of [
      'chrome://settings',
      'about:blank',
      'edge://newtab',
      'chrome-extension://abc/x.html',
      'moz-extension://x/y',
      'devtools://devtools',
    ]) {
      expect(failure(url)).toEqual({ reason: 'browser-page', linkOnly: false });
    }
  });

  it('offers a link-only clip on the add-on stores', () => {
    for (const url of [
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://microsoftedge.microsoft.com/addons/detail/x',
      'https://addons.mozilla.org/en-US/firefox/addon/x/',
    ]) {
      expect(failure(url)).toEqual({ reason: 'web-store', linkOnly: true });
    }
  });

  it('offers the underlying page of a view-source: tab as a link', () => {
    expect(failure('view-source:https://example.org/')).toEqual({
      reason: 'view-source',
      linkOnly: true,
    });
    expect(linkOnlyUrl('view-source:https://example.org/')).toBe('https://example.org/');
  });

  it('needs file access for local files', () => {
    expect(failure('file:///home/student/essay.html')).toEqual({
      reason: 'file-no-access',
      linkOnly: false,
    });
    expect(failure('file:///home/student/essay.html', true)).toBeNull();
  });

  it('says the page is out of reach when the browser hides its URL (no activeTab grant)', () => {
    expect(failure(undefined)).toEqual({ reason: 'cannot-inject', linkOnly: false });
  });
});
