/** What a key press does in a running conference. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

export interface SlideKeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where the key was pressed: on a button or link ('control'), where Enter and
 * Space already click it; in a video ('media'), whose own keys seek and play;
 * or anywhere else.
 */
export type SlideKeyTarget = 'control' | 'media' | 'other';

const MOVES: Record<string, SlideMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** The move for a key, or null to leave the key to the browser. */
export function slideMoveForKey(press: SlideKeyPress, target: SlideKeyTarget): SlideMove | null {
  // Browser and screen reader shortcuts keep working.
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const move = MOVES[press.key];
  if (!move) return null;
  if (move === 'leave') return move;
  if (target === 'media') return null;
  if (target === 'control' && (press.key === 'Enter' || press.key === ' ')) return null;
  // Shift+Space goes back, as in a web page or any slide show.
  if (press.key === ' ' && press.shiftKey) return 'previous';
  return move;
}

/** The slide index after a move; stays put at either end instead of wrapping round. */
export function applySlideMove(index: number, move: SlideMove, count: number): number {
  const last = Math.max(0, count - 1);
  switch (move) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'leave':
      return index;
  }
}
