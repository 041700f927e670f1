export { extractFromText } from './assemble.ts';
