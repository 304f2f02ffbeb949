import { applyDecorators } from '@nestjs/common';
import { IsString } from 'class-validator';
import { IsCleanText, MaxTextLength } from './validation';

/** The services' ceiling for prose (descriptions, notes, reasons: the fields that may span lines). */
const LONG_TEXT_LENGTH = 10_000;

/** One line of text (a title, a name, a measure), as the services' input grammar takes it. */
export const IsLineText = (options: { each?: boolean } = {}) => applyDecorators(IsString(options), IsCleanText(options), MaxTextLength(undefined, options));

/** Prose that may span lines; only fields a service reads as prose (description, note, reason) take it. */
export const IsProseText = () => applyDecorators(IsString(), IsCleanText({ multiline: true }), MaxTextLength(LONG_TEXT_LENGTH));
