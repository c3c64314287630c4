/**
 * Mermaid's own parser, for the charts in job summaries. Mermaid sanitises labels with DOMPurify,
 * which needs a window: happy-dom gives it one. Loaded once per test file.
 */
let loaded: Promise<{ parse(text: string): Promise<{ diagramType: string } | false> }> | undefined;

async function mermaid() {
  loaded ??= (async () => {
    const { Window } = await import('happy-dom');
    (globalThis as { window?: unknown }).window ??= new Window();
    const module = await import('mermaid');
    return module.default as unknown as { parse(text: string): Promise<{ diagramType: string } | false> };
  })();
  return loaded;
}

/** The diagram type Mermaid reads in `text`; rejects with Mermaid's parse error. */
export async function parseMermaid(text: string): Promise<string> {
  const result = await (await mermaid()).parse(text);
  if (result === false) throw new Error('mermaid refused the diagram');
  return result.diagramType;
}
