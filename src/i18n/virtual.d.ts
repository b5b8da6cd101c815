/** A language's catalogue, compiled by the build (scripts/vite-messages-plugin.ts). */
declare module 'virtual:messages/*' {
  const catalogue: import('./catalogue').Catalogue;
  export default catalogue;
}
