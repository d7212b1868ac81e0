// Kept for old commands: the reference dump/diff script is scripts/extractor-ref.ts (same arguments;
// --extractor defaults to groups).
import './extractor-ref.js';
