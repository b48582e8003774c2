/** srcset candidates, split as the HTML standard's srcset parser does (a URL may contain commas). */
export function splitSrcset(srcset: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i += 1;
    const urlStart = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i += 1;
    let url = srcset.slice(urlStart, i);
    let descriptor = '';
    if (/,$/.test(url))
      url = url.replace(/,+$/, ''); // "a.png," ends the candidate
    else {
      const descriptorStart = i;
      let depth = 0;
      while (i < srcset.length && !(srcset[i] === ',' && depth === 0)) {
        if (srcset[i] === '(') depth += 1;
        if (srcset[i] === ')') depth -= 1;
        i += 1;
      }
      descriptor = srcset.slice(descriptorStart, i).trim();
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}
