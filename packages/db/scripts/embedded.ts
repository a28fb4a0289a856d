// `pnpm db:embedded [--port=N] [--db=DIR]`: runs the embedded Postgres (PGlite) in the foreground
// until Ctrl-C, with the data in <repo>/.data/pglite unless --db says otherwise.
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../src/embedded.ts";

const { values } = parseArgs({ options: { port: { type: "string" }, db: { type: "string" } } });
const port = values.port === undefined ? undefined : Number(values.port);

// Every connection logs a "Client connected" line; keep the rest (start-up, errors, shutdown).
const log = (line: string) => {
  if (!line.startsWith("Client connected")) console.log(`[pglite] ${line}`);
};
const server = await startEmbeddedPostgres({ dataDir: values.db, port, log }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`\nEmbedded Postgres is ready. Use:\n\n  DATABASE_URL=${server.url}\n\nCtrl-C to stop.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(() => process.exit(0));
  });
}
