/**
 * The text a reader sees in an element. Social sites draw emoji (flags included) as
 * <img alt="🇫🇷">, which textContent drops; flags in names are a strong country signal,
 * so images contribute their alt text. Stops at maxLength so a hostile 1 MB post costs little.
 */
export function readableText(root: Node, maxLength: number): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && out.length < maxLength; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'IMG') out += el.getAttribute('alt') ?? '';
        else if (el.tagName === 'BR') out += '\n';
        else if (el.tagName !== 'DIPLOLENS-BADGE' && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') walk(el);
      }
    }
  };
  walk(root);
  return out.length > maxLength ? out.slice(0, maxLength) : out;
}
