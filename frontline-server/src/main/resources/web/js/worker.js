// Starts MapLibre's worker as the page begins, before MapLibre itself (1.1 MB) has been read and run: the worker's own
// script (0.5 MB) then loads and compiles on the other core meanwhile, and the basemap tiles it reads are asked for
// sooner. MapLibre makes its worker with `new Worker(url)`; the first such call for this URL gets the worker already
// started. A classic script, so that it runs before the page's modules; AppFilesTest checks the version against the
// vendored MapLibre.
(() => {
  const url = new URL('/vendor/maplibre/maplibre-gl-worker.mjs?v=6.17.0', location.href).href;
  const Native = window.Worker;
  let early = new Native(url, {type: 'module'});
  window.Worker = class extends Native {
    constructor(target, options) {
      if (early && String(target) === url) {
        const started = early;
        early = null;
        return started;
      }
      super(target, options);
    }
  };
})();
