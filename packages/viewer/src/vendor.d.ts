// graphology-layout-forceatlas2's inner modules, used directly so that the
// same iteration runs here and in the layout's Web Worker.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
declare module 'graphology-layout-forceatlas2/webworker.js' {
  /** A self-contained function: its source, run in a worker, answers each message with one iteration. */
  export default function worker(): void;
}
