/** The worker's script as text, put in by the build (scripts/build.mjs). */
declare module 'studio:worker-source' {
  const source: string;
  export default source;
}
