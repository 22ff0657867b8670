// Trunk's initializer (index.html, data-initializer; named .js, which every static host serves as JavaScript):
// the first paint's "Loading the policy engine" line follows the WebAssembly download and says so plainly if it
// fails; the app removes the static page when it has rendered.
export default function loading() {
  const bar = () => document.getElementById('loading-progress');
  const line = () => document.getElementById('loading');
  return {
    onStart: () => {},
    onProgress: ({ current, total }) => {
      const b = bar();
      if (b && total > 0) b.value = Math.min(100, Math.round((current / total) * 100));
    },
    onComplete: () => {},
    onSuccess: () => {},
    onFailure: (error) => {
      const l = line();
      if (l) {
        l.className = 'error';
        l.textContent = `The policy engine could not be loaded (${error?.message ?? error}). The policies below are the defaults; reload to try again, or use the vpce-policy CLI.`;
      }
    },
  };
}
