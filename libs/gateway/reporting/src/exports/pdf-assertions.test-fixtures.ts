import { pdfPages } from '../testing/pdf-text';

/** The first line of each page: where a part starts, its title. */
export const firstLines = (pages: string[]): string[] => pages.map((page) => page.split('\n')[0]);

/** Both DejaVu faces embedded (as subsets, "ABCDEF+DejaVuSans"), and no standard font that lacks Vietnamese letters. */
export function embeddedFonts(file: Buffer): string[] {
  const names = [...file.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([A-Za-z-]+)/g)].map((match) => match[1]);
  return [...new Set(names)].sort();
}

export async function pdfText(file: Buffer): Promise<{ pages: string[]; text: string }> {
  const pages = await pdfPages(file);
  return { pages, text: pages.join('\n') };
}
