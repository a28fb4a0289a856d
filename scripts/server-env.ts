// What every launcher of the web server (apps/web/server.mjs) adds to its environment: scripts/serve.ts
// (`npm start`, the end-to-end and reliability suites) and the benches (bench/lib/app.ts). These
// are read by the C library as the process starts, so server.mjs can't set them on itself. They
// are defaults: a value already in the environment (an operator's own tuning) wins.
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = {
  // glibc's malloc raises its mmap threshold to the size of the largest block freed so far (up
  // to 32 MiB). Each password hash (argon2id, 19 MiB: packages/core/src/auth/passwords.ts) is
  // such a block, so after the first sign-in every later hash came from a thread's arena, which
  // keeps the memory once freed: 60 MB more resident after 16 sign-ins (bench/server-memory.ts).
  // Pinning the threshold at glibc's own starting value (128 KiB) hands big blocks back on free.
  MALLOC_MMAP_THRESHOLD_: "131072",
};
