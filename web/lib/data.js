// The IAM data every module of the JavaScript API needs (actions, resource types, condition keys), one file with a
// content hash in its name, fetched once per page and shared: the playground, lib/vpce_policy.js, the template
// reader and the replay worker all come here. scripts/build-lib.sh writes the file name in.
export const IAM_DATA_URL = new URL('../data/__IAM_DATA__', import.meta.url);

let text;
/** The data file's text, fetched on first use. */
export function iamData() {
  text ??= fetch(IAM_DATA_URL).then((response) => {
    if (!response.ok) throw new Error(`IAM data file ${IAM_DATA_URL}: HTTP ${response.status}`);
    return response.text();
  });
  return text;
}

/**
 * A module's init: instantiates its wasm (`boot`, wasm-bindgen's default export) while the data downloads, then
 * hands the data to it. `options.data` (the file's text) spares the fetch, as in Node; `options.module_or_path`
 * is wasm-bindgen's, by default `wasm` (the module's hashed file, when its glue does not know that name).
 */
export async function withData(boot, loadData, options = {}, wasm = undefined) {
  const { data, module_or_path = wasm } = options ?? {};
  const [exports, textOfData] = await Promise.all([
    boot(module_or_path === undefined ? undefined : { module_or_path }),
    data ?? iamData(),
  ]);
  loadData(textOfData);
  return exports;
}
