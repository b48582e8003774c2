/** Blocked clip domains: a domain blocks itself and its subdomains, never look-alikes. */
import { describe, expect, it } from 'vitest';
import { blockedClipMessage, isClipBlocked } from '@/lib/settings/isClipBlocked';

const policy = {
  blockedClipDomains: ['example.com', '*.games.test', 'https://Video.Site/watch', '127.0.0.1'],
};

describe('isClipBlocked', () => {
  it.each([
    ['https://example.com/page', 'example.com'],
    ['https://www.example.com/a?b', 'example.com'],
    ['http://EXAMPLE.com./x', 'example.com'],
    ['https://notexample.com/', null],
    ['https://example.com.evil.test/', null],
    ['https://arcade.games.test/', 'games.test'],
    ['https://games.test/', 'games.test'],
    ['https://video.site/other', 'video.site'],
    ['http://127.0.0.1:4173/pages/a.html', '127.0.0.1'],
    ['http://localhost:4173/', null],
    ['file:///home/student/notes.html', null],
    ['chrome://settings', null],
    ['not a url', null],
  ])('%s -> %s', (url, blocked) => expect(isClipBlocked(url, policy)).toBe(blocked));

  it('blocks nothing without a policy', () => {
    expect(isClipBlocked('https://example.com', {})).toBeNull();
    expect(isClipBlocked(undefined, policy)).toBeNull();
  });

  it('names the domain for the student', () => {
    expect(blockedClipMessage('example.com')).toBe(
      'Your school does not allow clipping from example.com.',
    );
    expect(blockedClipMessage(undefined)).toBe(
      'Your school does not allow clipping from this site.',
    );
  });
});
