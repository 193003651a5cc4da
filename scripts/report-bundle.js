'use strict';
/**
 * A webpack plugin that prints, after a build, what the task pane costs on
 * first load (the JS its entry loads before any user action, gzipped) and the
 * size of each lazy chunk (exceljs, docx, pdfmake with fonts…) that loads only
 * when a user needs it.
 */
const path = require('path');
const zlib = require('zlib');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** «exceljs, jszip» or «src»: what a chunk is made of, so the report says which library is lazy. */
function packagesOf(compilation, chunk) {
  const names = new Set();
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    const resource = module.resource || (module.rootModule && module.rootModule.resource) || '';
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource);
    names.add(m ? m[1].replace('\\', '/') : 'src');
  }
  return [...names].sort().join(', ');
}

class ReportBundlePlugin {
  constructor(options = {}) {
    this.entry = options.entry || 'taskpane';
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('ReportBundlePlugin', (compilation) => {
      // After emit webpack keeps only sizes in memory: read the files it wrote (to disk, or to
      // the dev server's memory file system).
      const gz = (file) => zlib.gzipSync(compiler.outputFileSystem.readFileSync(path.join(compiler.outputPath, file)), { level: 9 }).length;
      const entry = compilation.entrypoints.get(this.entry);
      if (!entry) return;
      const initial = entry.getFiles().filter((f) => f.endsWith('.js'));
      const initialSet = new Set(initial);
      const firstLoad = initial.reduce((sum, f) => sum + gz(f), 0);
      const lines = [`Task pane first load (JS before any user action, gzipped): ${kb(firstLoad)} — ${initial.join(', ')}`];
      const lazy = [];
      for (const chunk of compilation.chunks) {
        if (chunk.canBeInitial()) continue;
        const holds = packagesOf(compilation, chunk);
        for (const file of chunk.files) {
          if (file.endsWith('.js') && !initialSet.has(file)) lazy.push({ file, gz: gz(file), holds });
        }
      }
      lazy.sort((a, b) => b.gz - a.gz);
      lines.push('Lazy chunks (loaded on demand, gzipped):');
      for (const { file, gz: size, holds } of lazy) lines.push(`  ${kb(size).padStart(10)}  ${file}  ${holds}`);
      console.log(lines.join('\n'));
    });
  }
}

module.exports = { ReportBundlePlugin };
