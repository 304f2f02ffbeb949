import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** The most a request body may hold (what NestJS allowed by default). */
const MAX_BODY_BYTES = 100 * 1024;

/** The JSON a service answers a refused request body with; GraphQL-shaped unless a service says otherwise. */
export type RequestErrorBody = (code: 'REQUEST_TOO_LARGE' | 'REQUEST_BODY_INVALID', request: Request, details: { maxBytes: number }) => unknown;

const englishErrors: RequestErrorBody = (code, _request, { maxBytes }) => ({
  errors: [
    {
      message: code === 'REQUEST_TOO_LARGE' ? `The request is too large; at most ${maxBytes} bytes.` : 'The request body is not valid JSON.',
      extensions: { code },
    },
  ],
});

/**
 * Parse JSON and form bodies ourselves (the app is created with `bodyParser: false`), so that a
 * body that is too large or unreadable is answered here, in the shape clients of the service
 * read, instead of by Express's HTML error page.
 */
export function useRequestBodies(app: INestApplication, errorBody: RequestErrorBody = englishErrors): void {
  app.use(express.json({ limit: MAX_BODY_BYTES }), express.urlencoded({ extended: true, limit: MAX_BODY_BYTES }));
  app.use((error: { type?: string; status?: number }, request: Request, response: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') {
      response.status(413).json(errorBody('REQUEST_TOO_LARGE', request, { maxBytes: MAX_BODY_BYTES }));
      return;
    }
    if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500 && typeof error.type === 'string') {
      response.status(400).json(errorBody('REQUEST_BODY_INVALID', request, { maxBytes: MAX_BODY_BYTES }));
      return;
    }
    next(error);
  });
}
