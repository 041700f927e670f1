export { extractFromText, type ExtractOptions } from './assemble.ts';
export type { ReceiverHints } from './receiver.ts';
