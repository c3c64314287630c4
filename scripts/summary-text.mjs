// A job summary (Markdown with HTML) as plain terminal text, for the demo.
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
// An HTML tag; a bare `<` in Markdown (a threshold "< 1", a Mermaid arrow "-->") is text.
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

function decode(text) {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/g, (m, name) => entities[name] ?? m);
}

export function summaryText(html) {
  const lines = [];
  for (const block of html.split(/(?=<h\d>)|(?=<table>)|(?=<p>)|(?=<ul>)/)) {
    if (block.startsWith('<ul>')) {
      for (const item of block.matchAll(/<li>(.*?)<\/li>/gs)) lines.push(`  • ${decode(item[1].replace(TAG, ''))}`);
      continue;
    }
    if (block.startsWith('<table>')) {
      const rows = [...block.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) =>
        [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => c[1]),
      );
      for (const [i, cells] of rows.entries()) {
        if (i === 0) continue;
        const [first, ...rest] = cells.map((c) => decode(c.replace(/<br\s*\/?>/g, '\n').replace(TAG, '')));
        lines.push(`  ${first}  ${rest.slice(0, -1).join('  ')}`);
        const details = rest.at(-1);
        if (details) for (const d of details.split('\n')) lines.push(`      ${d}`);
      }
      continue;
    }
    const text = decode(block.replace(/<br\s*\/?>/g, '\n').replace(TAG, '')).trim();
    if (text) lines.push(block.startsWith('<h') ? text.toUpperCase() : text);
  }
  return lines.join('\n');
}
