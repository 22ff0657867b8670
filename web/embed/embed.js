// vpce-policy live policy blocks for docs pages. Include this module next to engine.js (dist/lib/), the page's
// engine (the playground's module, so an embedded playground on the same page shares it):
//   <script type="module" src="lib/embed.js"></script>
// and every <pre data-vpce-policy="endpoint|identity|resource" [data-region] [data-environment] [data-endpoint]>
// becomes live: its findings (line:column, marked in the code), Fix when the fixes are certain, Copy, and Open in
// playground. Everything renders in a shadow root (no style leaks either way); with JavaScript off the block stays
// as it was; no request leaves the page's own files. A block speaks its language: `data-lang`, else the `lang` of its
// nearest ancestor, else the document's (English where the product has no such pack); its words come from the
// engine's language packs, as every face's do.
const here = new URL('.', import.meta.url);
let engine;
function load() {
  engine ??= import(new URL('engine.js', here).href).then(async (api) => {
    await api.default();
    return api;
  });
  return engine;
}

/** The language a block is read in: one the product speaks (English among them), by its primary subtag. */
function languageOf(pre, known) {
  const tag = (pre.dataset.lang || pre.closest('[lang]')?.lang || document.documentElement.lang || 'en')
    .split(/[-_]/)[0].toLowerCase();
  return known.includes(tag) ? tag : 'en';
}

/** Loads the pack of every language the blocks use (once each; English came with the engine); a language whose
 * pack fails is read in English. `data`: lib/data.js. */
async function loadLanguages(api, data, tags) {
  const ok = new Set(['en']);
  await Promise.all([...new Set(tags)].filter((t) => t !== 'en').map(async (tag) => {
    try {
      api.loadLocale(tag, await data.localePack(tag));
      ok.add(tag);
    } catch (e) {
      console.warn(`vpce-policy: the ${tag} language pack did not load, so these blocks are in English: ${e.message ?? e}`);
    }
  }));
  return ok;
}

const STYLE = `
  :host { display: block; margin: 1em 0; font: 14px/1.5 system-ui, sans-serif; color: #1b1f24; }
  .block { border: 1px solid #c9d0d8; border-radius: 6px; overflow: hidden; background: #fff; }
  pre { margin: 0; padding: .75em; overflow: auto; background: #f6f8fa; font: 13px/1.45 ui-monospace, Menlo, Consolas, monospace; }
  mark.error { background: #fbe4e2; text-decoration: underline wavy #b3261e; color: inherit; }
  mark.warning { background: #fff4da; text-decoration: underline wavy #8a5300; color: inherit; }
  .bar { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; padding: .5em .75em; border-top: 1px solid #c9d0d8; }
  .status { font-weight: 600; margin-right: auto; }
  .ok { color: #146c2e; } .bad { color: #b3261e; }
  button, a.open { font: inherit; min-height: 24px; padding: .2em .7em; border: 1px solid #0b5cad; border-radius: 4px;
    background: #fff; color: #0b5cad; cursor: pointer; text-decoration: none; }
  ul { margin: 0; padding: .25em .75em .5em 2em; }
  li { margin: .15em 0; }
  code.where { color: #4a5360; }
`;

function base64url(text) {
  const bytes = new TextEncoder().encode(text);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text split into pieces, each marked with the worst finding that covers it (columns count characters). */
function marked(text, diagnostics) {
  const lines = text.split('\n').map((l) => Array.from(l));
  const sev = { error: 0, security_warning: 1, warning: 1, suggestion: 2 };
  const cover = lines.map((l) => new Array(l.length + 1).fill(null));
  const places = diagnostics.flatMap((d) => (d.occurrences?.length ? d.occurrences : [d]).map((p) => ({ ...p, severity: d.severity, d })));
  for (const p of places) {
    const d = p;
    for (let line = d.line; line <= d.end_line; line++) {
      const row = cover[line - 1];
      if (!row) continue;
      const from = line === d.line ? d.column - 1 : 0;
      let to = line === d.end_line ? d.end_column - 1 : row.length - 1;
      if (to <= from) to = from + 1;
      for (let c = from; c < Math.min(to, row.length); c++) {
        if (!row[c] || sev[d.severity] < sev[row[c].severity]) row[c] = d.d;
      }
    }
  }
  const out = [];
  lines.forEach((chars, i) => {
    let run = '';
    let cur = null;
    const flush = () => { if (run) out.push([run, cur]); run = ''; };
    chars.forEach((ch, c) => {
      const d = cover[i][c];
      if (d !== cur) { flush(); cur = d; }
      run += ch;
    });
    flush();
    if (i < lines.length - 1) out.push(['\n', null]);
  });
  return out;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

// One constructable stylesheet shared by every block: CSP-friendly on any host page (no <style> element).
let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

function render(api, pre, playground, lang) {
  if (pre.closest('[data-vpce-live]')) return;
  const t = (id, args) => api.message(id, args, lang);
  const host = el('div', { 'data-vpce-live': '', class: 'vpce-policy-live', lang });
  pre.replaceWith(host);
  host.append(pre); // kept in the page (not slotted, so not shown): the block as written
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styles()];
  const options = { kind: pre.dataset.vpcePolicy || 'endpoint', region: pre.dataset.region, environment: pre.dataset.environment, locale: lang };
  let text = pre.textContent;
  const draw = () => {
    const result = api.validate(text, options);
    const diagnostics = result.diagnostics ?? [];
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const code = el('code');
    for (const [piece, d] of marked(text, diagnostics)) {
      code.append(d ? el('mark', { class: d.severity === 'error' ? 'error' : 'warning', title: `${d.code}: ${d.message}` }, piece) : piece);
    }
    const endpoint = pre.dataset.endpoint || (/"s3:/i.test(text) ? 's3' : 'imagebuilder');
    const link = new URL(playground);
    link.hash = `policy=${base64url(text)}&endpoint=${endpoint}` +
      (options.region ? `&region=${encodeURIComponent(options.region)}` : '') +
      (options.environment ? `&environment=${encodeURIComponent(options.environment)}` : '') +
      (lang !== 'en' ? `&lang=${lang}` : '');
    const feedback = el('span', { class: 'feedback', 'aria-live': 'polite' });
    const fixable = diagnostics.some((d) => d.fix);
    shadow.replaceChildren(
      el('div', { class: 'block' },
        el('pre', { tabindex: '0', 'aria-label': t('embed-policy') }, code),
        el('div', { class: 'bar' },
          el('span', { class: `status ${errors ? 'bad' : 'ok'}`, role: 'status' },
            errors ? t(errors === 1 ? 'embed-errors-one' : 'embed-errors-other', { n: errors })
              : t(diagnostics.length ? 'embed-valid-with-warnings' : 'embed-valid')),
          fixable ? el('button', { type: 'button', class: 'fix', onclick: () => {
            const fixed = api.fix(text, options);
            if (typeof fixed.text === 'string') { text = fixed.text; pre.textContent = text; draw(); }
          } }, t('embed-fix')) : null,
          el('button', { type: 'button', class: 'copy', onclick: async () => {
            try { await navigator.clipboard.writeText(text); feedback.textContent = t('embed-copied'); } catch { feedback.textContent = t('embed-copy-failed'); }
          } }, t('embed-copy')),
          feedback,
          el('a', { class: 'open', href: link.href, target: '_blank', rel: 'noopener' }, t('embed-open'))),
        diagnostics.length ? el('ul', { class: 'findings' }, ...diagnostics.map((d) =>
          el('li', { dataset: { code: d.code, line: String(d.line), column: String(d.column), severity: d.severity } },
            el('code', { class: 'where' }, `${d.line}:${d.column}`), ' ', el('strong', {}, `${t(`severity-${d.severity}`)}[${d.code}]`), ` ${d.message}`))) : null),
    );
  };
  draw();
}

/** Makes every `pre[data-vpce-policy]` under `root` live. `playground`: the playground's URL (default: ../ from here). */
export async function enhance(root = document, { playground = new URL('../', here).href } = {}) {
  const blocks = [...root.querySelectorAll('pre[data-vpce-policy]')];
  if (blocks.length === 0) return 0;
  const api = await load();
  const data = await import(new URL('data.js', here).href);
  const langs = blocks.map((pre) => languageOf(pre, Object.keys(data.LOCALE_URLS)));
  const loaded = await loadLanguages(api, data, langs);
  blocks.forEach((pre, i) => render(api, pre, playground, loaded.has(langs[i]) ? langs[i] : 'en'));
  return blocks.length;
}

enhance();
