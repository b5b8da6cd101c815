import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../mocks/node';

// The app renders the whole dataset; on a loaded 2-core machine that can take over the default 1 s.
configure({ asyncUtilTimeout: 5000 });

// Unhandled requests fail the test: every request a test makes must be one it means to make.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

// jsdom has no layout: give charts a fixed size so Recharts draws (see STACK.md).
class FixedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 300, top: 0, left: 0, bottom: 300, right: 800, x: 0, y: 0 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: [{ inlineSize: rect.width, blockSize: rect.height }],
      contentBoxSize: [{ inlineSize: rect.width, blockSize: rect.height }],
      devicePixelContentBoxSize: [{ inlineSize: rect.width, blockSize: rect.height }],
    };
    this.callback([entry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedResizeObserver;

// jsdom does not scroll; the router's scroll restoration calls it on every navigation.
vi.stubGlobal('scrollTo', () => undefined);

// jsdom has no matchMedia: the app asks it for the reader's colour scheme.
vi.stubGlobal('matchMedia', (query: string) => ({
  matches: false,
  media: query,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
}));
