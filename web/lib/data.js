// The IAM data every module of the JavaScript API needs (actions, resource types, condition keys), one file with a
// content hash in its name, fetched once per page and shared: the playground, lib/vpce_policy.js, the template
// reader and the replay worker all come here. scripts/build-lib.sh writes the file name in.
export const IAM_DATA_URL = new URL('../data/__IAM_DATA__', import.meta.url);

// The language packs, by tag: English, which every module loads with the IAM data (the packs are not compiled
// into the modules), and the others, fetched only when chosen.
export const LOCALE_URLS = {
  en: new URL('../data/__EN_PACK__', import.meta.url),
  ja: new URL('../data/__JA_PACK__', import.meta.url),
};

let text;
const packs = new Map();
/** A language pack's text (`en`, `ja`), fetched once per page; `null` for a language with no pack. */
export function localePack(tag) {
  const url = LOCALE_URLS[tag];
  if (!url) return Promise.resolve(null);
  if (!packs.has(tag)) {
    packs.set(tag, fetch(url).then((response) => {
      if (!response.ok) throw new Error(`language pack ${url}: HTTP ${response.status}`);
      return response.text();
    }));
  }
  return packs.get(tag);
}

/** The data file's text, fetched on first use. */
export function iamData() {
  text ??= fetch(IAM_DATA_URL).then((response) => {
    if (!response.ok) throw new Error(`IAM data file ${IAM_DATA_URL}: HTTP ${response.status}`);
    return response.text();
  });
  return text;
}

/**
 * A module's init: instantiates its wasm (`boot`, wasm-bindgen's default export) while the data and the English
 * pack download, then hands them to it (`api.loadData`, `api.loadLocale`). `options.data` and `options.english`
 * (the files' texts) spare the fetches, as in Node; `options.module_or_path` is wasm-bindgen's, by default `wasm`
 * (the module's hashed file, when its glue does not know that name); `options.locale` (`"ja"`) also loads that
 * language's pack (`options.localePack`, its text, spares that fetch).
 */
export async function withData(boot, api, options = {}, wasm = undefined) {
  const { data, english, module_or_path = wasm, locale, localePack: packText } = options ?? {};
  const other = locale && locale !== 'en';
  const [exports, textOfData, textOfEnglish, pack] = await Promise.all([
    boot(module_or_path === undefined ? undefined : { module_or_path }),
    data ?? iamData(),
    english ?? localePack('en'),
    other ? (packText ?? localePack(locale)) : null,
  ]);
  api.loadData(textOfData);
  api.loadLocale('en', textOfEnglish);
  if (pack) api.loadLocale(locale, pack);
  return exports;
}
