// Renders a report spec in one of the formats a user uploads, as the file name and bytes the parser takes.
import { buildDocument } from './build';
import { renderHtml, renderText } from './render';
import { renderDocx } from './render-docx';
import type { ReportSpec } from './spec';

export type GeneratedFormat = 'txt' | 'html' | 'docx';
export const GENERATED_FORMATS: readonly GeneratedFormat[] = ['txt', 'html', 'docx'];

const utf8 = new TextEncoder();

export async function renderSpec(
  spec: ReportSpec,
  format: GeneratedFormat,
  name = 'generated',
): Promise<{ name: string; bytes: Uint8Array }> {
  const doc = buildDocument(spec);
  const file = `${name}.${format}`;
  if (format === 'txt') return { name: file, bytes: utf8.encode(renderText(doc)) };
  if (format === 'html') return { name: file, bytes: utf8.encode(renderHtml(doc)) };
  return { name: file, bytes: await renderDocx(doc) };
}
