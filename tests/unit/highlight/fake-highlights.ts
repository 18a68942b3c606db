/**
 * A stand-in for the CSS Custom Highlight API, which happy-dom lacks: installs CSS.highlights and
 * Highlight on a window and returns the registry, so a test can see what the painter registered.
 */
export interface FakeHighlight {
  ranges: Range[];
}

export function installFakeHighlights(win: object): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  class Highlight implements FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range) {
      this.ranges.push(range);
    }
  }
  Object.defineProperty(win, 'CSS', { value: { highlights: registry } });
  Object.defineProperty(win, 'Highlight', { value: Highlight });
  return registry;
}
