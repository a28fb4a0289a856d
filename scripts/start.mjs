// `npm start`: install, build, then serve Dossier (embedded Postgres unless DATABASE_URL is set).
// `npm run dev` (`--dev`): the same with Next's dev server instead of a production build.
import { ensureInstalled, runPnpm } from "./bootstrap.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
const dev = process.argv.includes("--dev");
ensureInstalled();
if (!dev) runPnpm(["turbo", "run", "build", "--filter=@dossier/web", "--output-logs=errors-only"]);
runPnpm(["exec", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])]);
