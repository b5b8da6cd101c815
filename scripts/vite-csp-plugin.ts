import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy every built page carries, as a <meta> tag (a static host sets no
 * headers): scripts and data only from the app's own origin, no inline script, no eval, no other
 * origin. Styles may be inline (React and Recharts set style attributes); images may be data: and
 * blob: URLs (the PNG and SVG exports). A <meta> policy cannot forbid framing, so the build also
 * writes `_headers` (read by Netlify and Cloudflare Pages) that lets only embeds be framed; the app
 * itself refuses to draw a site page inside a frame.
 */
export function contentSecurityPolicy(dataUrl: string | undefined): string {
  const dataOrigin = dataUrl ? ` ${new URL(dataUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${dataOrigin}`,
    "font-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Headers for hosts that read a `_headers` file: only `/embed/…` may be framed, by anyone. */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    "  Content-Security-Policy: frame-ancestors 'none'",
    '  X-Frame-Options: DENY',
    `${base}embed/*`,
    '  ! X-Frame-Options',
    '  Content-Security-Policy: frame-ancestors *',
    '',
  ].join('\n');
}

/** Adds the policy to every built page and writes `_headers`. */
export function cspPlugin(options: { base: string; dataUrl: string | undefined }): Plugin {
  return {
    name: 'sanctions-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options.dataUrl) },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(options.base) });
    },
  };
}
