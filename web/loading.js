// Trunk's initializer (index.html, data-initializer; named .js, which every static host serves as JavaScript):
// the first paint's "Loading the policy engine" line follows the WebAssembly download and says so plainly if it
// fails; the app removes the static page when it has rendered.
//
// When the wasm's download is done, the IAM data file (named by index.html's vpce-policy-data meta) starts
// downloading as a preload, while the wasm compiles and the app renders the generated policies: on a slow link
// the two downloads one after the other put the policies on screen sooner than side by side, and lib/data.js's
// fetch of the same URL (the page's, and every module's on it) takes the preloaded response.
//
// The English pack (the page's words, 29 KB gzipped; vpce-policy-english meta) is preloaded at once, beside
// the wasm: the app mounts when both are in, and the pack is the smaller by far. So is lib/data.js, the module
// the app asks for the pack through: imported only once the wasm runs, it would add a round trip after it.
function preload(name, id) {
  const meta = document.querySelector(`meta[name="${name}"]`);
  if (!meta || document.getElementById(id)) return;
  const link = Object.assign(document.createElement('link'), {
    id, rel: 'preload', as: 'fetch', crossOrigin: 'anonymous',
    href: new URL(meta.content, document.baseURI).href,
  });
  document.head.append(link);
}

export function preloadData() {
  preload('vpce-policy-data', 'iam-data-preload');
}

export default function loading() {
  const bar = () => document.getElementById('loading-progress');
  const line = () => document.getElementById('loading');
  return {
    onStart: () => {
      preload('vpce-policy-english', 'english-preload');
      if (!document.getElementById('data-module-preload')) {
        document.head.append(Object.assign(document.createElement('link'), {
          id: 'data-module-preload', rel: 'modulepreload', href: new URL('lib/data.js', document.baseURI).href,
        }));
      }
    },
    onProgress: ({ current, total }) => {
      const b = bar();
      if (b && total > 0) b.value = Math.min(100, Math.round((current / total) * 100));
      // Trunk reports current === total once, when the download has ended.
      if (current === total) preloadData();
    },
    onComplete: () => {},
    onSuccess: () => {},
    onFailure: (error) => {
      const l = line();
      if (l) {
        // The words are index.html's, in the language its start-up script chose (tests/first_paint.rs).
        const said = l.getAttribute(`data-failed-${document.documentElement.lang}`) ?? l.dataset.failed;
        l.className = 'error';
        l.textContent = `${said} (${error?.message ?? error})`;
      }
    },
  };
}
