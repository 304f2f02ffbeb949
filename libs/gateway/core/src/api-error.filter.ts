import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { ApiError } from '@tn/gateway-graphql-kit';

/**
 * Our typed errors are answers to the client, not failures of the service: hand them to
 * Apollo as they are, without Nest logging each one (with details that may name people).
 */
@Catch(ApiError)
export class ApiErrorFilter implements GqlExceptionFilter {
  catch(error: ApiError): ApiError {
    return error;
  }
}
