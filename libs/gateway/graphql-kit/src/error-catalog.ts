import { GATEWAY_MESSAGES } from './gateway-messages';
import type { Language } from './language';
import { type ErrorKind, type MessageTemplate, renderTemplate } from './message-template';

// For codes not (yet) catalogued: still say what kind of failure it was, and name the code.
const FALLBACK: Readonly<Record<ErrorKind, MessageTemplate>> = {
  validation: { vi: 'Dữ liệu không hợp lệ (mã lỗi: {code}).', en: 'Invalid input (error code: {code}).' },
  'illegal-state': {
    vi: 'Không thể thực hiện thao tác ở trạng thái hiện tại (mã lỗi: {code}).',
    en: 'This cannot be done in the current state (error code: {code}).',
  },
  'not-found': { vi: 'Không tìm thấy dữ liệu yêu cầu (mã lỗi: {code}).', en: 'The requested item was not found (error code: {code}).' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này (mã lỗi: {code}).', en: 'You are not allowed to do this (error code: {code}).' },
  concurrency: {
    vi: 'Dữ liệu vừa bị thay đổi bởi một thao tác khác; vui lòng thử lại (mã lỗi: {code}).',
    en: 'The data was changed by another action at the same time; please try again (error code: {code}).',
  },
  internal: { vi: 'Đã xảy ra lỗi (mã lỗi: {code}).', en: 'An error occurred (error code: {code}).' },
};

const sameText = (a: MessageTemplate, b: MessageTemplate): boolean =>
  (Object.keys(a) as Language[]).every((language) => a[language] === b[language]) && Object.keys(a).length === Object.keys(b).length;

/**
 * The messages of every error code, composed from the gateway's and each context's part. Two
 * parts may both speak of a code (a slice saying a code of another context), but then in the
 * same words: different texts for one code are refused when the catalogue is built.
 */
export class ErrorCatalog {
  private readonly templates = new Map<string, MessageTemplate>();

  constructor(...parts: readonly Readonly<Record<string, MessageTemplate>>[]) {
    for (const part of parts) {
      for (const [code, template] of Object.entries(part)) {
        const known = this.templates.get(code);
        if (known && !sameText(known, template)) throw new Error(`error code ${code} has two different messages`);
        this.templates.set(code, template);
      }
    }
  }

  has(code: string): boolean {
    return this.templates.has(code);
  }

  /** Every catalogued code with its template. */
  entries(): [string, MessageTemplate][] {
    return [...this.templates];
  }

  /** The template of a code, or the generic one for its kind when the code is unknown. */
  templateOf(code: string, kind?: ErrorKind): MessageTemplate {
    return this.templates.get(code) ?? FALLBACK[kind ?? 'internal'];
  }

  /** The localised message of an error code. */
  messageFor(code: string, language: Language, values: Readonly<Record<string, unknown>> = {}, kind?: ErrorKind): string {
    return renderTemplate(this.templateOf(code, kind)[language], { ...values, code });
  }
}

/** The gateway's own messages: enough to build an error anywhere; the composed catalogue says it to the client. */
export const GATEWAY_CATALOG = new ErrorCatalog(GATEWAY_MESSAGES);
