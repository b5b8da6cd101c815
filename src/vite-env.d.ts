/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** Build time: load the dataset from this URL instead of the bundled copy. */
  readonly VITE_DATA_URL?: string;
  /** Set by scripts/first-words.ts: the page keeps the keys of the words it asks for. */
  readonly VITE_RECORD_WORDS?: string;
  /** Dev only: `500` or `malformed` makes the mocked data request fail. */
  readonly VITE_MOCK_FAILURE?: string;
  /** Dev only: milliseconds the mocked data request waits. */
  readonly VITE_MOCK_DELAY?: string;
}
