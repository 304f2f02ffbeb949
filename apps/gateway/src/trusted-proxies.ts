import type { Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Applies TRUSTED_PROXIES to Express's 'trust proxy': `req.ip` is then the client that a
 * trusted proxy names in X-Forwarded-For, and the socket's address otherwise (never a header
 * sent by just anyone).
 */
export function trustedProxiesProvider(proxies: readonly string[]): Provider {
  return {
    provide: 'GATEWAY_TRUSTED_PROXIES',
    inject: [HttpAdapterHost],
    useFactory: (host: HttpAdapterHost) => {
      const app = host.httpAdapter?.getInstance() as { set?: (name: string, value: unknown) => void } | undefined;
      app?.set?.('trust proxy', proxies.length > 0 ? [...proxies] : false);
      return proxies;
    },
  };
}
