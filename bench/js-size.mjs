// JavaScript a browser downloads for a page, gzipped as a server would send it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const gzipped = (text) => gzipSync(Buffer.from(text)).length;

/** The <script> tags of a page: files by src, and the inline code (mostly React's payload). */
function scriptsOf(html) {
  const files = [];
  const inline = [];

  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    // Polyfills for browsers without ES modules: modern browsers skip them.
    if (/\bnomodule\b/i.test(attributes)) continue;

    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) files.push(src.replace(/&amp;/g, "&"));
    else if (body.trim()) inline.push(body);
  }

  return { files, inline };
}

export function createJsMeter(baseUrl) {
  const sizes = new Map();

  async function fileSize(src) {
    if (!sizes.has(src)) {
      const response = await fetch(new URL(src, baseUrl));
      if (!response.ok) throw new Error(`${src} answered ${response.status}`);
      sizes.set(src, gzipped(await response.text()));
    }

    return sizes.get(src);
  }

  async function total(files) {
    const each = await Promise.all(files.map(fileSize));

    return each.reduce((sum, size) => sum + size, 0);
  }

  /** Script files and inline scripts of the page at `pathname`, gzipped. */
  async function page(pathname) {
    const html = await (await fetch(new URL(pathname, baseUrl))).text();
    const { files, inline } = scriptsOf(html);

    return { files, filesGzip: await total(files), inlineGzip: gzipped(inline.join("\n")) };
  }

  return { page, total };
}

/**
 * What Next.js loads on every App Router page, even an empty one: the build
 * manifest's root main files (its runtime, React and the router). Polyfills
 * are left out: browsers with ES modules never fetch them.
 */
export function frameworkFiles(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));

  return manifest.rootMainFiles.map((file) => `/_next/${file}`);
}
