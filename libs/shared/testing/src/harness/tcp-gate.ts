import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP forwarder in front of a real server that a test can open and close, to play
 * "the server is not reachable yet" and "now it is" without restarting the server itself.
 */
export class TcpGate {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Reserve a free local port for a gate to `target` (closed until `open()`). */
  static async reserve(target: { host: string; port: number }): Promise<TcpGate> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    if (address === null || typeof address === 'string') throw new Error('could not reserve a port');
    return new TcpGate(address.port, target);
  }

  async open(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Split "host:port" (the first of a comma-separated list). */
export function hostAndPort(address: string): { host: string; port: number } {
  const first = address.split(',')[0] ?? '';
  const [host, port] = first
    .replace(/^mongodb:\/\//, '')
    .replace(/\/.*$/, '')
    .split(':');
  if (!host || !port) throw new Error(`not a host:port address: ${address}`);
  return { host, port: Number(port) };
}
