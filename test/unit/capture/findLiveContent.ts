/**
 * Everything in a document that could run, navigate by itself, or fetch:
 * the checks the inert-HTML tests share. Returns readable findings, so a
 * failing test says what slipped through.
 */
export function findLiveContent(
  html: string,
  parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html'),
): string[] {
  const doc = parse(html);
  const findings: string[] = [];
  const elements = [...allElements(doc)];
  for (const element of elements) {
    const tag = element.localName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'frame',
        'object',
        'embed',
        'base',
        'meta',
        'link',
        'noscript',
        'set',
        'animate',
      ].includes(tag)
    ) {
      findings.push(`<${tag}>`);
    }
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) findings.push(`${tag}[${name}]`);
      if (/javascript:|vbscript:/i.test(value.replace(/[\s\0]/g, '')))
        findings.push(`${tag}[${name}]=${value}`);
      if (['action', 'formaction', 'srcdoc', 'ping', 'http-equiv'].includes(lower))
        findings.push(`${tag}[${name}]`);
      const isLink =
        (tag === 'a' || tag === 'area') && (lower === 'href' || lower === 'xlink:href');
      if (
        !isLink &&
        /(?:^|[\s,("'])(?:https?:)?\/\/|^[\w-]+\.(?:png|css|js)/i.test(value) &&
        lower !== 'xmlns' &&
        !lower.startsWith('xmlns:')
      ) {
        findings.push(`${tag}[${name}]=${value}`);
      }
      if (lower === 'style') findings.push(...cssFindings(value, `${tag}[style]`));
    }
    if (tag === 'style') findings.push(...cssFindings(element.textContent ?? '', '<style>'));
  }
  return findings;
}

function cssFindings(css: string, where: string): string[] {
  const findings: string[] = [];
  if (/@import/i.test(css)) findings.push(`${where}: @import`);
  for (const match of css.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
    const url = match[1] ?? '';
    if (!/^(?:data:|#|about:invalid)/i.test(url)) findings.push(`${where}: url(${url})`);
  }
  return findings;
}

function* allElements(root: Document | DocumentFragment): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.localName === 'template')
      yield* allElements((element as HTMLTemplateElement).content);
  }
}
