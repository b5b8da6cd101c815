/** A language's catalogue, or the part of it a page can show (scripts/vite-messages-plugin.ts). */
declare module 'virtual:messages/*' {
  const catalogue: import('./catalogue').Catalogue;
  export default catalogue;
}

/** A loader of each page's catalogue (and the frame's), by language and page. */
declare module 'virtual:messages/loaders' {
  type Loader = () => Promise<{ default: import('./catalogue').Catalogue }>;
  const loaders: Record<import('./locales').Locale, Record<string, Loader | undefined> & { frame: Loader }>;
  export default loaders;
}
