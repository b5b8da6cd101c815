/** A language's catalogue, or the part of it a page can show (scripts/vite-messages-plugin.ts). */
declare module 'virtual:messages/*' {
  const catalogue: import('./catalogue').Catalogue;
  export default catalogue;
}

/** The loader of a set of a language's messages: a page's first words, its later ones, or the frame's. */
declare module 'virtual:messages/loaders' {
  const load: (
    locale: import('./locales').Locale,
    set: string,
  ) => Promise<{ default: import('./catalogue').Catalogue }>;
  export default load;
}
