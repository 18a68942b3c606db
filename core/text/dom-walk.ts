/**
 * One walk of a DOM subtree in document order, shared by the page model and the text index: by
 * sibling and parent pointers (no allocation per node, no recursion: pages nest thousands deep),
 * in stages (core/steps.ts) a few milliseconds long, so a huge page can be read between its own
 * input and rendering.
 */
import type { Steps } from '../steps';

/**
 * Work between two stage boundaries, counted as one per node plus one per CHARS_PER_WORK
 * characters of text: whether a page is big in nodes or in text, a stage stays short. Measured in
 * Chromium, a page's walk runs cold (new isolated world per page: interpreted code), about 20 to
 * 40 ms per 2,048 units on a busy two-core machine; 512 keeps a stage near 10 ms, so a reading
 * slice (READ_SLICE_MS plus the stage that crosses it) stays well under 50 ms.
 */
export const WALK_STAGE_WORK = 512;
export const CHARS_PER_WORK = 64;

export interface DomVisitor {
  /** Work since the last stage boundary: the walk adds one per node, the visitor its text's share. */
  work: number;
  /** Take in `node`; true to visit its children next (and `leave` once they are done). */
  enter(node: Node): boolean;
  /** The children of the node last entered with `true` and not yet left have all been visited. */
  leave(): void;
}

export function* walkDom(top: Node, visitor: DomVisitor): Steps<void> {
  let node = top;
  for (;;) {
    if (++visitor.work >= WALK_STAGE_WORK) {
      visitor.work = 0;
      yield;
    }
    if (visitor.enter(node)) {
      const child = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
      visitor.leave();
    }
    // Next in document order: a sibling, or climb out of the elements we finished.
    for (;;) {
      if (node === top) return;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode!;
      visitor.leave();
    }
  }
}
