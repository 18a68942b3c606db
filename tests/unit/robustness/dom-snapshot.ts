/**
 * Exact, iterative pictures of a DOM subtree for before/after comparisons. happy-dom's innerHTML
 * and textContent recurse and overflow the stack on pages nested thousands deep, and innerHTML
 * hides text-node boundaries (a split text node a painter failed to rejoin): these do neither.
 */

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** Every node in document order: tag + sorted attributes, each text node's data as its own item, open shadow roots included. */
export function domSnapshot(root: Node): string {
  const out: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === TEXT) out.push(`#text${JSON.stringify((item as Text).data)}`);
    else if (item.nodeType === COMMENT) out.push(`#comment${JSON.stringify((item as Comment).data)}`);
    else if (item.nodeType === ELEMENT) {
      const el = item as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
      out.push(`<${el.tagName.toLowerCase()}${attrs ? ' ' + attrs : ''}>`);
      stack.push(`</${el.tagName.toLowerCase()}>`);
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        stack.push('#/shadow');
        for (let i = shadow.childNodes.length - 1; i >= 0; i--) stack.push(shadow.childNodes[i]!);
        stack.push('#shadow');
      }
    } else {
      const children = item.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.join('\n');
}

/** The concatenated data of every text node under `root` (textContent, without recursion). */
export function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT) parts.push((node as Text).data);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}
