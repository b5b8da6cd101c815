/** A language's catalogue, or the part of it a page can show (scripts/vite-messages-plugin.ts). */
declare module 'virtual:messages/*' {
  const catalogue: import('./catalogue').Catalogue;
  export default catalogue;
}

/** A loader of each language's loaders of its pages' catalogues (and of its frame's). */
declare module 'virtual:messages/loaders' {
  type Loader = () => Promise<{ default: import('./catalogue').Catalogue }>;
  type Loaders = Record<string, Loader | undefined> & { frame: Loader };
  const loaders: Record<import('./locales').Locale, () => Promise<{ default: Loaders }>>;
  export default loaders;
}
