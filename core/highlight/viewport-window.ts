/**
 * Which highlights of a very long page to register with the CSS Custom Highlight API: those within
 * a few screens of the viewport. Chromium re-applies every registered range of every highlight
 * whenever any highlight changes (measured in plain Chromium: a change costs about 50 ms with 3,800
 * ranges registered; the 200,000-word test page has 20,700), so registering them all makes every
 * later change (each paint chunk, a toggle, a flash) a long task. A window keeps each change small.
 *
 * Items are in document order, and the window assumes their boxes are too (top to bottom), which
 * holds for an article's flow of blocks; binary searches then find the window with a few dozen
 * box reads, whatever the page's length.
 */

/** Up to this many painted items are all registered (a news article has a few hundred at most). */
export const MAX_REGISTERED = 800;

/** Screens above and below the viewport registered with it, so a scroll finds them painted. */
export const MARGIN_SCREENS = 2;

/** Boxes to look past when a probed item has none (hidden text), before trusting the probe. */
const PROBE_AHEAD = 8;

/** The registered items: indexes [lo, hi). */
export interface Slice {
  lo: number;
  hi: number;
}

/** An item's vertical extent in viewport coordinates; undefined when it has no box. */
export type Extent = (index: number) => { top: number; bottom: number } | undefined;

/** The first index in [0, n) where `test` holds (n when none), for a test false then true in order. */
function firstWhere(n: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The extent at `index`, or that of the next item with a box (hidden items have none). */
function boxNear(n: number, extent: Extent, index: number): { top: number; bottom: number } | undefined {
  for (let i = index; i < n && i < index + PROBE_AHEAD; i++) {
    const box = extent(i);
    if (box) return box;
  }
  return undefined;
}

/** The items to register for a viewport `view` pixels high: those within MARGIN_SCREENS of it. */
export function windowAround(n: number, extent: Extent, view: number): Slice {
  const margin = MARGIN_SCREENS * view;
  // An item with no box nearby counts as inside: the window grows rather than missing items.
  const below = (y: number) => (i: number) => (boxNear(n, extent, i)?.bottom ?? y) >= y;
  let lo = firstWhere(n, below(-margin));
  let hi = Math.max(lo, firstWhere(n, (i) => (boxNear(n, extent, i)?.top ?? -Infinity) > view + margin));
  if (hi - lo > MAX_REGISTERED) {
    // A very dense stretch: keep the items from just above the viewport down.
    const first = firstWhere(n, below(0));
    lo = Math.min(Math.max(lo, first - (MAX_REGISTERED >> 2)), hi);
    hi = Math.min(hi, lo + MAX_REGISTERED);
  }
  return { lo, hi };
}

/**
 * Whether `slice` still holds every item within half the margin of the viewport: the items just
 * outside it lie beyond that. A scroll by less than that changes nothing, since re-registering
 * every frame would repaint every frame. An edge item with no box asks for a new window.
 */
export function stillCovers(slice: Slice, n: number, extent: Extent, view: number): boolean {
  const keep = (MARGIN_SCREENS * view) / 2;
  if (slice.lo > 0) {
    const before = extent(slice.lo - 1);
    if (!before || before.bottom >= -keep) return false;
  }
  if (slice.hi < n) {
    const after = extent(slice.hi);
    if (!after || after.top <= view + keep) return false;
  }
  return true;
}
