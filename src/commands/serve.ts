// `communique serve`: the web view on localhost (read-only store), until Ctrl-C.
import { serve } from '@hono/node-server';
import type { Registry } from '../registry.js';
import type { AliasEntry } from '../query/types.js';
import { openStore } from '../store/open.js';
import { createApp } from '../web/app.js';

export interface ServeFlags {
  db: string;
  port: number;
  host: string;
}

export async function serveCommand(flags: ServeFlags, registry: Registry, aliases: readonly AliasEntry[]): Promise<void> {
  const store = await openStore(flags.db, registry, { mode: 'read', aliases });
  const app = createApp(store, registry);
  await new Promise<void>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      process.stdout.write(`communique: serving ${flags.db} at http://${host}:${info.port}/ (Ctrl-C to stop)\n`);
    });
    server.on('error', reject);
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => {
        void store.close().then(() => resolve());
      });
      // keep-alive connections of a browser would hold close() open
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('communique: stopped\n');
}
