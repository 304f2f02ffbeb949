import { existsSync } from 'node:fs';
import { request, type RequestOptions } from 'node:http';

/** Where the Docker engine listens: DOCKER_HOST (tcp:// or unix://) or the default socket. */
function engineAddress(host = process.env['DOCKER_HOST']): RequestOptions {
  if (host?.startsWith('tcp://')) {
    const url = new URL(host.replace('tcp://', 'http://'));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  return { socketPath: host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock' };
}

/** True when a Docker engine answers its ping within a second (the client alone is not enough). */
export function dockerEngineAnswers(): Promise<boolean> {
  const address = engineAddress();
  if (address.socketPath && !existsSync(address.socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const req = request({ ...address, path: '/_ping', method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
