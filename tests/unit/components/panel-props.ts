/** Props for <Panel> with every callback stubbed: the tests override only what they look at. */
import { vi } from 'vitest';
import type { PanelProps } from '../../../components/Panel';
import { ANNOTATION, ARTICLE_URL } from './fixture';

export function panelProps(over: Partial<PanelProps> = {}): PanelProps {
  return {
    lang: 'en',
    theme: 'light',
    palette: 'default',
    view: { kind: 'ok', annotation: ANNOTATION, url: ARTICLE_URL },
    show: { person: true, claim: true, term: true },
    allVisible: true,
    shortcuts: [],
    notes: '',
    onNotesChange: vi.fn(),
    onFocusItem: vi.fn(),
    onToggle: vi.fn(),
    onAnnotate: vi.fn(),
    onAlwaysRun: vi.fn(),
    onCopy: vi.fn(),
    onExport: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}
