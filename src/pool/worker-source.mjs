// Source runs only (vitest, `node --import tsx`): a worker thread does not inherit tsx's loader in
// Node 20, so this bootstrap registers it inside the thread and then loads the TypeScript worker.
// The built CLI loads dist/src/pool/worker.js directly and never needs this file.
const { register } = await import('tsx/esm/api');
register();
const worker = await import(new URL('./worker.ts', import.meta.url).href);
export default worker.default;
