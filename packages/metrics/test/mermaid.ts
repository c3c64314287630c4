/** Mermaid's own parser over the charts the reports embed. */
import { parse } from '@mermaid-js/parser';
import type { MermaidChart } from '../src/index.ts';

export function parseChart(chart: MermaidChart): Promise<unknown> {
  return chart.type === 'pie' ? parse('pie', chart.text) : parse('treemap', chart.text);
}

/** Every ```mermaid block of a Markdown document, as the type its first word names. */
export function mermaidBlocks(markdown: string): MermaidChart[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(([, text]) => ({ type: text!.startsWith('pie') ? 'pie' : 'treemap', text: `${text}\n` }));
}
