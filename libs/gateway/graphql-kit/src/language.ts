/** The languages the gateway answers in: Vietnamese first, English second. */
export type Language = 'vi' | 'en';

const SUPPORTED: readonly Language[] = ['vi', 'en'];
const Q_VALUE = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/**
 * The preferred supported language of an Accept-Language header, honouring q-values
 * ("en-US,en;q=0.9,vi;q=0.8" → en; "fr, vi;q=0.5" → vi). Vietnamese when nothing matches.
 */
export function languageOf(acceptLanguage: string | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = entry.split(';').map((part) => part.trim());
    const language = SUPPORTED.find((candidate) => candidate === tag.toLowerCase().split('-')[0]);
    const q = qualityOf(params);
    // Strictly greater: on a tie the earlier entry wins, as the client listed it first.
    if (language && q !== undefined && q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? 'vi';
}

/** The q-value of one entry: 1 when absent, undefined when malformed (the entry is ignored). */
function qualityOf(params: readonly string[]): number | undefined {
  const q = params.find((param) => /^q=/i.test(param));
  if (q === undefined) return 1;
  return Q_VALUE.test(q) ? Number(q.slice(2)) : undefined;
}

/** What the Apollo plugins need of a request to pick its language (structural, so tests stay small). */
export interface RequestWithHeaders {
  readonly request: { readonly http?: { readonly headers: { get(name: string): string | undefined } } };
}

/** The language of an Apollo request, from its Accept-Language header. */
export const requestLanguage = (requestContext: RequestWithHeaders): Language => languageOf(requestContext.request.http?.headers.get('accept-language'));
